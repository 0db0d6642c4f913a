package com.example.api;

import org.springframework.http.ResponseEntity;

/** A generated delegate interface that is in the sources (generated sources among the roots). */
public interface InvoicesApiDelegate {

    default ResponseEntity<String> getInvoice(String invoiceId) {
        return ResponseEntity.status(501).build();
    }
}
