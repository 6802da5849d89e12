package ru.karta.common;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The paging parameters of every list: {@code page} (0-based) and {@code size} (1 to 200, default 50). */
public class PageParams {

    @QueryParam("page")
    @Parameter(description = "0-based page number", schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
    public Integer page;

    @QueryParam("size")
    @Parameter(description = "Items per page", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200", defaultValue = "50"))
    public Integer size;

    public Page page() {
        return Page.of(page, size);
    }
}
