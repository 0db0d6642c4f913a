package fixtures;

import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/orders")
public class OrderController {

    @PostMapping
    public ResponseEntity<String> create(@RequestBody String order) {
        if (order.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        if (order.startsWith("later")) {
            return ResponseEntity.accepted().build();
        }
        return ResponseEntity.created(URI.create("/orders/1")).body(order);
    }

    @GetMapping("/{id}")
    public String get(@PathVariable long id) {
        return "order";
    }
}
