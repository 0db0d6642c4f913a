package com.example.delegate;

import com.example.api.InvoicesApiDelegate;
import org.springframework.data.rest.core.annotation.RepositoryRestResource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;

@Service
public class InvoicesDelegate implements InvoicesApiDelegate {

    @Override
    public ResponseEntity<String> getInvoice(String invoiceId) {
        return ResponseEntity.ok(invoiceId);
    }
}

@RepositoryRestResource(path = "stock-items")
interface StockItemRepository {
}
