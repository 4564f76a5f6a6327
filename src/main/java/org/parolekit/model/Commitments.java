package org.parolekit.model;

/** What the sponsor promises to provide; each one is a point a parole officer looks for. */
public record Commitments(
    @Doc(value = "The person will live with the sponsor or in housing the sponsor provides.")
        boolean housing,
    @Doc(value = "The sponsor will support the person financially.") boolean financialSupport,
    @Doc(value = "The sponsor will take the person to every hearing and ICE appointment.")
        boolean transportToHearings,
    @Doc(
            value =
                "The sponsor will make sure the person attends every hearing and check-in and"
                    + " complies with all conditions.")
        boolean ensureAppearance) {}
