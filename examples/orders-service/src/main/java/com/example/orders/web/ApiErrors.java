package com.example.orders.web;

import com.example.orders.domain.InventoryUnavailableException;
import com.example.orders.domain.OrderConflictException;
import com.example.orders.domain.OrderNotFoundException;
import com.example.orders.domain.StaleOrderException;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * How the API answers its errors. Extending ResponseEntityExceptionHandler makes Spring's own errors (an unreadable
 * or invalid body, a missing header, a mistyped parameter) RFC 9457 problems too.
 */
@RestControllerAdvice
public class ApiErrors extends ResponseEntityExceptionHandler {

    @ExceptionHandler(OrderNotFoundException.class)
    ResponseEntity<Map<String, String>> notFound(OrderNotFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND) // apistatus: error-body-not-problem-details (deliberate)
                .body(Map.of("error", "no order " + e.orderId()));
    }

    @ExceptionHandler(OrderConflictException.class)
    ProblemDetail conflict(OrderConflictException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "order " + e.orderId() + " is " + e.status() + ": it can no longer change");
    }

    @ExceptionHandler(StaleOrderException.class)
    ResponseEntity<ProblemDetail> stale(StaleOrderException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "order " + e.orderId() + " has changed: its ETag is now " + e.current());
        return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED) // apistatus: problem-status-mismatch (deliberate)
                .body(problem);
    }

    @ExceptionHandler(InventoryUnavailableException.class)
    ProblemDetail inventoryUnavailable(InventoryUnavailableException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, // apistatus: unavailable-without-retry-after (deliberate)
                "the warehouse cannot reserve stock now");
    }
}
