package com.example.orders.web;

import com.example.orders.domain.NewOrder;
import com.example.orders.domain.Order;
import com.example.orders.domain.OrderUpdate;
import com.example.orders.service.OrderService;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(ApiPaths.ORDERS)
public class OrderController {

    private final OrderService orders;

    public OrderController(OrderService orders) {
        this.orders = orders;
    }

    @GetMapping
    public List<Order> list(@RequestParam(defaultValue = "20") int limit) {
        return orders.list(limit);
    }

    @GetMapping(ApiPaths.ORDER)
    public ResponseEntity<Order> get(@PathVariable long id) {
        Order order = orders.get(id);
        return ResponseEntity.ok().eTag(order.etag()).body(order);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED) // apistatus: created-without-location (deliberate)
    public Order create(@Valid @RequestBody NewOrder order) {
        return orders.create(order);
    }

    @PutMapping(ApiPaths.ORDER)
    public ResponseEntity<Order> update(@PathVariable long id, @RequestHeader("If-Match") String ifMatch,
                                        @Valid @RequestBody OrderUpdate update) {
        Order changed = orders.update(id, ifMatch, update);
        return ResponseEntity.ok().eTag(changed.etag()).body(changed);
    }

    @DeleteMapping(ApiPaths.ORDER)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void delete(@PathVariable long id) {
        orders.delete(id);
    }

    /** An action on the order, not a new resource: 200 with the cancelled order. */
    @PostMapping(ApiPaths.CANCEL)
    public Order cancel(@PathVariable long id) {
        return orders.cancel(id);
    }
}
