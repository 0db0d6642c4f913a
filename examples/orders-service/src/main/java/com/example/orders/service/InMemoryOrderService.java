package com.example.orders.service;

import com.example.orders.domain.NewOrder;
import com.example.orders.domain.Order;
import com.example.orders.domain.OrderConflictException;
import com.example.orders.domain.OrderNotFoundException;
import com.example.orders.domain.OrderStatus;
import com.example.orders.domain.OrderUpdate;
import com.example.orders.domain.StaleOrderException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Service;

@Service
public class InMemoryOrderService implements OrderService {

    private final Map<Long, Order> orders = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private final InventoryClient inventory;

    public InMemoryOrderService(InventoryClient inventory) {
        this.inventory = inventory;
    }

    @Override
    public List<Order> list(int limit) {
        return orders.values().stream()
                .sorted(Comparator.comparing(Order::placedAt).reversed())
                .limit(Math.max(1, Math.min(limit, 100)))
                .toList();
    }

    @Override
    public Order get(long id) {
        return Optional.ofNullable(orders.get(id)).orElseThrow(() -> new OrderNotFoundException(id));
    }

    @Override
    public Order create(NewOrder order) {
        inventory.reserve(order.item(), order.quantity());
        long id = ids.incrementAndGet();
        Order placed = new Order(id, order.item(), order.quantity(), OrderStatus.PLACED, 1, Instant.now());
        orders.put(id, placed);
        return placed;
    }

    @Override
    public Order update(long id, String ifMatch, OrderUpdate update) {
        Order current = get(id);
        if (!current.etag().equals(ifMatch)) {
            throw new StaleOrderException(id, current.etag());
        }
        if (current.status() != OrderStatus.PLACED) {
            throw new OrderConflictException(id, current.status());
        }
        Order changed = current.with(update.item(), update.quantity());
        orders.put(id, changed);
        return changed;
    }

    @Override
    public void delete(long id) {
        if (orders.remove(id) == null) {
            throw new OrderNotFoundException(id);
        }
    }

    @Override
    public Order cancel(long id) {
        Order current = get(id);
        if (current.status() == OrderStatus.CANCELLED) {
            return current;
        }
        if (current.status() == OrderStatus.SHIPPED) {
            throw new OrderConflictException(id, current.status());
        }
        Order cancelled = current.with(OrderStatus.CANCELLED);
        orders.put(id, cancelled);
        return cancelled;
    }
}
