package ru.nastavnik.pairing.api;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import ru.nastavnik.pairing.application.PairCommands;
import ru.nastavnik.pairing.application.PairLifecycleService;
import ru.nastavnik.pairing.application.PairingOrderService;
import ru.nastavnik.pairing.domain.PairingOrder;
import ru.nastavnik.platform.security.Callers;

/** A pair after forming (consents, dissolution, replacements) and the director's orders fixing pairs. */
@RestController
@RequestMapping(path = "/api/pairing")
class PairLifecycleController {

    static final MediaType DOCX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final PairLifecycleService lifecycle;
    private final PairingOrderService orders;

    PairLifecycleController(PairLifecycleService lifecycle, PairingOrderService orders) {
        this.lifecycle = lifecycle;
        this.orders = orders;
    }

    /** Names of the people in the order's pairs, only to render the document; never stored. */
    record DocumentBody(Map<UUID, String> names) {
    }

    @PostMapping(path = "/pairs/{pairId}/consents", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    PairView consent(@PathVariable UUID pairId, @RequestBody PairCommands.RecordConsent body) {
        return PairView.of(lifecycle.recordConsent(Callers.current(), pairId, body));
    }

    @PostMapping(path = "/pairs/{pairId}/dissolution", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    PairView dissolve(@PathVariable UUID pairId, @RequestBody PairCommands.Dissolve body) {
        return PairView.of(lifecycle.dissolve(Callers.current(), pairId, body));
    }

    @PostMapping(path = "/pairs/{pairId}/mentee-replacement", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    PairView replaceMentee(@PathVariable UUID pairId, @RequestBody PairCommands.ReplaceMentee body) {
        return PairView.of(lifecycle.replaceMentee(Callers.current(), pairId, body));
    }

    @PostMapping(path = "/pairs/{pairId}/mentor-replacement", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    PairView replaceMentor(@PathVariable UUID pairId, @RequestBody PairCommands.ReplaceMentor body) {
        return PairView.of(lifecycle.replaceMentor(Callers.current(), pairId, body));
    }

    @PostMapping(path = "/organizations/{organizationId}/orders", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<PairingOrder> createOrder(@PathVariable UUID organizationId,
            @RequestBody PairingOrderService.CreateOrder body) {
        PairingOrder order = orders.create(Callers.current(), organizationId, body);
        return ResponseEntity.created(java.net.URI.create("/api/pairing/orders/" + order.id())).body(order);
    }

    @GetMapping(path = "/organizations/{organizationId}/orders", produces = MediaType.APPLICATION_JSON_VALUE)
    List<PairingOrder> orders(@PathVariable UUID organizationId) {
        return orders.ofOrganization(Callers.current(), organizationId);
    }

    @GetMapping(path = "/orders/{orderId}", produces = MediaType.APPLICATION_JSON_VALUE)
    PairingOrder order(@PathVariable UUID orderId) {
        return orders.order(Callers.current(), orderId);
    }

    @PostMapping(path = "/orders/{orderId}/document", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> document(@PathVariable UUID orderId, @RequestParam(defaultValue = "docx") String format,
            @RequestBody DocumentBody body) {
        PairingOrderService.Document document = orders.document(Callers.current(), orderId, format, body.names());
        return file(document, "pdf".equalsIgnoreCase(format) ? MediaType.APPLICATION_PDF : DOCX);
    }

    @GetMapping("/organizations/{organizationId}/order-template")
    ResponseEntity<byte[]> template(@PathVariable UUID organizationId) {
        return file(orders.template(Callers.current(), organizationId), DOCX);
    }

    @PutMapping("/organizations/{organizationId}/order-template")
    ResponseEntity<Void> saveTemplate(@PathVariable UUID organizationId, @RequestBody(required = false) byte[] body) {
        orders.saveTemplate(Callers.current(), organizationId, body);
        return ResponseEntity.noContent().build();
    }

    private static ResponseEntity<byte[]> file(PairingOrderService.Document document, MediaType type) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(document.fileName(), StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(document.content());
    }
}
