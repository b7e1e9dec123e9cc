package io.commerceclients.benchmarks;

import java.time.OffsetDateTime;
import java.util.List;

/** What a hand-written client would bind a Kiliba customer page to with plain Jackson. */
public final class BaselineCustomerPage {
  public List<Row> customers;
  public long total;
  public long totalOutOfPackage;

  /** One customer row, fields as Kiliba names them. */
  public static final class Row {
    public String id_account;
    public Object id_customer;
    public String firstname;
    public String lastname;
    public OffsetDateTime date_add;
    public OffsetDateTime date_update;
    public String email;
    public String id_lang;
    public String blacklist_reason;
    public OffsetDateTime blacklist_date;
    public String whitelist_reason;
    public OffsetDateTime whitelist_date;
    public String id_gender;
    public String customer_segment_v2;
    public Boolean segment_active;
    public Boolean segment_promotion;
    public Boolean is_godson;
    public Boolean is_solicited_for_sponsorship;
    public Boolean is_sponsor;
    public OffsetDateTime last_visit_date;
    public OffsetDateTime last_order_date;
    public OffsetDateTime recency;
  }
}
