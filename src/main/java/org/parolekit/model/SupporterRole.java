package org.parolekit.model;

/** How a supporter stands to the person (clergy covers pastors, priests, imams and rabbis). */
public enum SupporterRole implements YamlEnum {
  FAMILY,
  FRIEND,
  CLERGY,
  EMPLOYER,
  COWORKER,
  NEIGHBOR,
  TEACHER,
  VOLUNTEER,
  OTHER;
}
