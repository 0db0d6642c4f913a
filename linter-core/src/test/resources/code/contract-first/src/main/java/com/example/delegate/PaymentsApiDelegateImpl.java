package com.example.delegate;

import com.example.generated.PaymentsApiDelegate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;

@Service
public class PaymentsApiDelegateImpl implements PaymentsApiDelegate {

    @Override
    public ResponseEntity<Void> capturePayment(String paymentId) {
        return new ResponseEntity<>(HttpStatus.ACCEPTED);
    }
}
