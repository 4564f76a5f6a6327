package org.parolekit.model;

/**
 * A writer's own words about the person, one part per thing a parole officer weighs. Written in the
 * writer's language; never rewritten by the tool.
 */
public record Statements(
    @Doc(value = "How you know the person, since when, how often you see them (identity).")
        String relationship,
    @Doc(
            value =
                "Where the person will live, the support they will have, why they will attend every"
                    + " hearing (not a flight risk).")
        String appearance,
    @Doc(value = "What you have seen of the person's character and conduct (not a danger).")
        String character,
    @Doc(value = "Anything else you want to say.") String more) {

  /** Whether at least one part has words in it. */
  public boolean hasAny() {
    return present(relationship) || present(appearance) || present(character) || present(more);
  }

  static boolean present(String s) {
    return s != null && !s.isBlank();
  }
}
