package io.commerceclients.karla.campaign;

import io.commerceclients.core.pagination.AsyncPagedIterable;
import io.commerceclients.karla.model.PageRequest;
import io.commerceclients.karla.model.campaign.AbTest;
import io.commerceclients.karla.model.campaign.CreateAbTestRequest;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The asynchronous twin of {@link AbTestsService}: futures that fail with the exceptions the
 * blocking methods throw; cancelling one cancels its request.
 */
public interface AbTestsServiceAsync {

  /** Returns one page of the shop's A/B tests; as {@link AbTestsService#list}. */
  CompletableFuture<List<AbTest>> list(PageRequest page);

  /** Returns all of the shop's A/B tests, fetched page by page without blocking. */
  AsyncPagedIterable<AbTest> listAll();

  /** Creates an A/B test and returns it; as {@link AbTestsService#create}. */
  CompletableFuture<AbTest> create(CreateAbTestRequest request);

  /** Returns an A/B test; as {@link AbTestsService#get}. */
  CompletableFuture<AbTest> get(String uuid);

  /** Ends an A/B test now and returns it; as {@link AbTestsService#end}. */
  CompletableFuture<AbTest> end(String uuid);
}
