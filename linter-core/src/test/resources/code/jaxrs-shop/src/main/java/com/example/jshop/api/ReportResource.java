package com.example.jshop.api;

import com.example.jshop.domain.Report;
import com.example.jshop.error.ReportLockedException;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.jboss.resteasy.reactive.ResponseHeader;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

@Path("/reports")
public class ReportResource {

    @POST
    @ResponseStatus(201)
    @ResponseHeader(name = "Location", value = "/api/reports/latest")
    public Report create(Report report) {
        return report;
    }

    @GET
    @Path("{id}")
    public RestResponse<Report> get(Long id) {
        if (id < 0) {
            throw new IllegalArgumentException("negative id");
        }
        if (id == 0) {
            return RestResponse.notFound();
        }
        return RestResponse.ok(new Report(id));
    }

    @GET
    @Path("{id}/status")
    public RestResponse<String> status(Long id, @RestQuery String verbose) {
        return RestResponse.status(RestResponse.Status.ACCEPTED, "queued");
    }

    @DELETE
    @Path("{id}")
    public Uni<Void> delete(Long id) {
        if (id < 0) {
            return Uni.createFrom().failure(new ReportLockedException());
        }
        return Uni.createFrom().voidItem();
    }

    @GET
    @Path("{id}/archive")
    public RestResponse<Report> archived(Long id) {
        return RestResponse.ResponseBuilder.create(RestResponse.StatusCode.GONE).header("Retry-After", "3600").build();
    }

    @ServerExceptionMapper
    public RestResponse<String> locked(ReportLockedException e) {
        return RestResponse.status(RestResponse.Status.CONFLICT, "locked");
    }
}
