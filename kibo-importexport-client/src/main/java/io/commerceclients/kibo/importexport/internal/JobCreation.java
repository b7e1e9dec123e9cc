package io.commerceclients.kibo.importexport.internal;

import io.commerceclients.core.internal.validation.Check;
import io.commerceclients.kibo.importexport.model.CreateExportJobRequest;
import io.commerceclients.kibo.importexport.model.CreateImportJobRequest;
import io.commerceclients.kibo.importexport.model.ExportJob;
import io.commerceclients.kibo.importexport.model.ExportResourceRequest;
import io.commerceclients.kibo.importexport.model.ImportJob;
import io.commerceclients.kibo.importexport.model.ImportResourceRequest;

/** The creation of import and export jobs: validated, then one call whose answer must carry the job id. */
final class JobCreation {
  private JobCreation() {}

  /**
   * Creates an import job reading uploaded files.
   *
   * @throws io.commerceclients.core.validation.ValidationException if the request is incomplete,
   *     or imports {@code ProductImages} without a context override
   */
  static KiboOp<ImportJob, ImportJob> importJob(CreateImportJobRequest request) {
    Check.required(request, "request");
    Check.notEmpty(request.resources(), "resources");
    Check.notEmpty(request.files(), "files");
    for (int i = 0; i < request.files().size(); i++) {
      Check.notBlank(request.files().get(i).id().orElse(null), Check.item("files", i, "id"));
    }
    for (int i = 0; i < request.resources().size(); i++) {
      ImportResourceRequest r = request.resources().get(i);
      Check.notBlank(r.resource().value(), Check.item("resources", i, "resource"));
    }
    ImportPackage.checkContextOverride(request.resources(), request.contextOverride());
    request.responseFields().ifPresent(f -> Check.notBlank(f, "responseFields"));
    String fields = request.responseFields().orElse(null);
    return KiboOp.onTenant(tenant -> tenant.api().createImportJob(request, fields), created -> {
      Answers.field(created.id(), Answers.CREATE_IMPORT, "id");
      return created;
    });
  }

  /**
   * Creates an export job.
   *
   * @throws io.commerceclients.core.validation.ValidationException if the request is incomplete
   */
  static KiboOp<ExportJob, ExportJob> exportJob(CreateExportJobRequest request) {
    Check.required(request, "request");
    Check.notEmpty(request.resources(), "resources");
    for (int i = 0; i < request.resources().size(); i++) {
      ExportResourceRequest r = request.resources().get(i);
      Check.notBlank(r.resource().value(), Check.item("resources", i, "resource"));
      for (int f = 0; f < r.fields().size(); f++) {
        Check.notBlank(r.fields().get(f), Check.item("resources", i, "fields[" + f + "]"));
      }
    }
    request.responseFields().ifPresent(f -> Check.notBlank(f, "responseFields"));
    String fields = request.responseFields().orElse(null);
    return KiboOp.onTenant(tenant -> tenant.api().createExportJob(request, fields), created -> {
      Answers.field(created.id(), Answers.CREATE_EXPORT, "id");
      return created;
    });
  }
}
