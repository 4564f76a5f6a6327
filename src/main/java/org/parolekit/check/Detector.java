package org.parolekit.check;

import java.util.Arrays;
import java.util.Optional;
import org.parolekit.model.Criterion;

/**
 * The named ways a letter can address a criterion or argue the case, one for each way {@code
 * letter-criteria.md} names. Each has its vocabulary in the lexicons ({@code lexicon-en.txt},
 * {@code lexicon-es.txt}) under a section of the same name; {@link CriteriaAssessor} turns what
 * fired into met, weak or missing exactly as the definition says.
 */
public enum Detector {
  /** A-number, date or place of birth, nationality, an identity document of the person. */
  IDENTIFIERS("identity.identifiers", Criterion.IDENTITY, Role.MEETS, Subject.PERSON),
  /** The detention facility named with the person's full name (met), or without it (weak). */
  FACILITY("identity.facility", Criterion.IDENTITY, Role.PART, Subject.ANY),
  /** The person described beyond a bare name (age, school, status, custody): weak at most. */
  DESCRIPTION("identity.description", Criterion.IDENTITY, Role.WEAKENS, Subject.PERSON),
  /** Who the person is to the writer: aunt, husband, pastor, employer. */
  RELATIONSHIP("identity.relationship", Criterion.IDENTITY, Role.PART, Subject.ANY),
  /** How or since when the writer knows the person. */
  ACQUAINTANCE("identity.acquaintance", Criterion.IDENTITY, Role.PART, Subject.ANY),

  /**
   * Says outright that the person will appear: not a flight risk, every hearing, every condition.
   */
  APPEARANCE_STATEMENT("flightRisk.statement", Criterion.FLIGHT_RISK, Role.MEETS, Subject.PERSON),
  /** A concrete plan for release: where and with whom, housing, money, food, rides to hearings. */
  RELEASE_PLAN("flightRisk.plan", Criterion.FLIGHT_RISK, Role.MEETS, Subject.ANY),
  /** A record of showing up: check-ins and hearings attended, detained at an appointment. */
  APPEARANCE_RECORD("flightRisk.record", Criterion.FLIGHT_RISK, Role.MEETS, Subject.PERSON),
  /** Family, community and support in general terms: makes the point weak, never met. */
  TIES("flightRisk.ties", Criterion.FLIGHT_RISK, Role.WEAKENS, Subject.PERSON),

  /** Says outright that the person is not a danger: peaceful, no record, never arrested. */
  PEACE_STATEMENT("danger.statement", Criterion.DANGER, Role.MEETS, Subject.PERSON),
  /** Peaceful conduct the writer saw: never raised a voice, trusted with the children. */
  PEACE_OBSERVED("danger.observed", Criterion.DANGER, Role.MEETS, Subject.ANY),
  /** Past misconduct faced honestly, and the change since. */
  CHANGE("danger.change", Criterion.DANGER, Role.MEETS, Subject.PERSON),
  /** General praise: hard-working, kind, goes to church. Makes the point weak, never met. */
  PRAISE("danger.praise", Criterion.DANGER, Role.WEAKENS, Subject.PERSON),

  /** The persecution or fear at the basis of the claim; harm on return. */
  MERITS_FEAR("merits.fear", null, Role.MERITS, Subject.ANY),
  /** Strength, eligibility or chances of the case. */
  MERITS_CHANCES("merits.chances", null, Role.MERITS, Subject.ANY),
  /** Legal standards, statutes, rights. */
  MERITS_LAW("merits.law", null, Role.MERITS, Subject.ANY),
  /** Decisions in the case: orders, stays, credible-fear results, appeals. */
  MERITS_DECISION("merits.decision", null, Role.MERITS, Subject.ANY),
  /** That the person deserves asylum, relief, a visa or citizenship. */
  MERITS_RELIEF("merits.relief", null, Role.MERITS, Subject.PERSON);

  /** How a detector's finding counts toward its criterion. */
  enum Role {
    /** Enough on its own for met. */
    MEETS,
    /** Met only together with its partner (relationship with acquaintance; facility with name). */
    PART,
    /** Makes the criterion weak at most. */
    WEAKENS,
    /** Argues the merits of the case. */
    MERITS
  }

  /** Whose words count. */
  enum Subject {
    /** A statement about the person: the writer speaking of themself is no evidence. */
    PERSON,
    /** Whoever speaks: the writer's relationship, their plan, what they saw. */
    ANY
  }

  private final String section;
  private final Criterion criterion;
  private final Role role;
  private final Subject subject;

  Detector(String section, Criterion criterion, Role role, Subject subject) {
    this.section = section;
    this.criterion = criterion;
    this.role = role;
    this.subject = subject;
  }

  /** The lexicon section holding the vocabulary, and the name shown in reports. */
  public String section() {
    return section;
  }

  /** The criterion the detector serves; empty for merits. */
  Optional<Criterion> criterion() {
    return Optional.ofNullable(criterion);
  }

  Role role() {
    return role;
  }

  Subject subject() {
    return subject;
  }

  static Optional<Detector> forSection(String section) {
    return Arrays.stream(values()).filter(d -> d.section.equals(section)).findFirst();
  }
}
