package org.parolekit.model;

/** A document the sponsor attaches to prove who they are, their status or their address. */
public enum SponsorDocumentKind implements YamlEnum {
  ID,
  PROOF_OF_STATUS,
  PROOF_OF_ADDRESS,
  PAY_STUBS,
  TAX_RETURN,
  OTHER;
}
