package org.parolekit.model;

/** Where the person is held and which ICE field office decides on parole. */
public record Detention(
    @Required
        @Doc(value = "Name of the detention facility.", example = "Otay Mesa Detention Center")
        String facility,
    @Required @Doc(value = "ICE ERO field office that holds the person.", example = "san-diego")
        FieldOffice fieldOffice,
    @Doc(
            value =
                "Name of the deportation officer, when known; letters are then addressed to them"
                    + " too.")
        String deportationOfficer) {}
