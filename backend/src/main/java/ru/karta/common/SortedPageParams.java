package ru.karta.common;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Paging plus {@code sort}: a field name the operation lists, '-' before it for descending. */
public class SortedPageParams extends PageParams {

    @QueryParam("sort")
    @Parameter(description = "A field the operation's description lists; prefix '-' for descending")
    public String sort;
}
