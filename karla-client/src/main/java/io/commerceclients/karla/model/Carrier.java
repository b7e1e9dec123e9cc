package io.commerceclients.karla.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.commerceclients.core.json.ExpandableEnum;
import java.util.Collection;

/** A carrier reference, as Karla names the carriers it tracks. Unknown values are kept as {@link #of(String)} instances. */
public final class Carrier extends ExpandableEnum {
  private static final Registry<Carrier> REGISTRY = new Registry<>(Carrier::new);

  /** Amazon Logistics. */
  public static final Carrier AMZ = REGISTRY.known("amz");

  /** BRT. */
  public static final Carrier BRT = REGISTRY.known("brt");

  /** Deutsche Post. */
  public static final Carrier DEPOST = REGISTRY.known("depost");

  /** DHL. */
  public static final Carrier DHL = REGISTRY.known("dhl");

  /** DHL Express. */
  public static final Carrier DHLEXP = REGISTRY.known("dhlexp");

  /** DHL (legacy integration). */
  public static final Carrier DHL_OLD = REGISTRY.known("dhl_old");

  /** DHL 2-Man-Handling. */
  public static final Carrier DHL2MAN = REGISTRY.known("dhl2man");

  /** DPD. */
  public static final Carrier DPD = REGISTRY.known("dpd");

  /** DPD Netherlands. */
  public static final Carrier DPDN = REGISTRY.known("dpdn");

  /** DPD United Kingdom. */
  public static final Carrier DPDUK = REGISTRY.known("dpduk");

  /** GLS. */
  public static final Carrier GLS = REGISTRY.known("gls");

  /** GLS Spain. */
  public static final Carrier GLS_ES = REGISTRY.known("gls_es");

  /** GO! Express. */
  public static final Carrier GOEXP = REGISTRY.known("goexp");

  /** Hermes. */
  public static final Carrier HRS = REGISTRY.known("hrs");

  /** Austrian Post. */
  public static final Carrier POSTAT = REGISTRY.known("postat");

  /** Rhenus. */
  public static final Carrier RHE = REGISTRY.known("rhe");

  /** Royal Mail. */
  public static final Carrier ROYALMAIL = REGISTRY.known("royalmail");

  /** Swiss Post. */
  public static final Carrier SWISSPOST = REGISTRY.known("swisspost");

  /** UPS. */
  public static final Carrier UPS = REGISTRY.known("ups");

  /** bpost. */
  public static final Carrier BPOST = REGISTRY.known("bpost");

  /** DAO. */
  public static final Carrier DAO = REGISTRY.known("dao");

  /** An Post. */
  public static final Carrier ANPOST = REGISTRY.known("anpost");

  /** Bring. */
  public static final Carrier BRING = REGISTRY.known("bring");

  /** Posti. */
  public static final Carrier POSTI = REGISTRY.known("posti");

  /** PostNL International. */
  public static final Carrier POSTNL_INTER = REGISTRY.known("postnl_inter");

  /** USPS. */
  public static final Carrier USPS = REGISTRY.known("usps");

  /** FedEx. */
  public static final Carrier FEDEX = REGISTRY.known("fedex");

  /** PostNord. */
  public static final Carrier POSTNORD = REGISTRY.known("postnord");

  /** ParcelOne. */
  public static final Carrier PARCELONE = REGISTRY.known("parcelone");

  /** Dachser. */
  public static final Carrier DACHSER = REGISTRY.known("dachser");

  /** Asendia Germany. */
  public static final Carrier ASENDIA_DE = REGISTRY.known("asendia_de");

  private Carrier(String value, boolean known) {
    super(value, known);
  }

  /** Returns the constant for {@code value}, or a value that keeps an unknown string. */
  @JsonCreator
  public static Carrier of(String value) {
    return REGISTRY.of(value);
  }

  /** Returns the values this SDK version knows. */
  public static Collection<Carrier> knownValues() {
    return REGISTRY.values();
  }
}
