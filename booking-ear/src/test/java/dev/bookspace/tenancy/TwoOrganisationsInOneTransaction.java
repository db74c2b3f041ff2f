package dev.bookspace.tenancy;

import dev.bookspace.catalog.CatalogService;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;

/** A test caller that tries to act for two organisations inside one transaction. */
@Stateless
public class TwoOrganisationsInOneTransaction {

    @EJB
    private CatalogService catalog;

    public void listItemsOfBoth(Scope first, Scope second) {
        catalog.listItems(first);
        catalog.listItems(second);
    }
}
