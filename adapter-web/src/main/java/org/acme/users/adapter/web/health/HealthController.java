package org.acme.users.adapter.web.health;

import org.acme.users.adapter.web.problem.ProblemDetailsAdvice;
import org.acme.users.application.port.in.CheckHealthUseCase;
import org.acme.users.domain.port.DatabaseStatus;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /health}: 200 while the database answers, 503 with {@code Retry-After} while it does not. */
@RestController
public class HealthController {

    private final CheckHealthUseCase checkHealth;

    public HealthController(CheckHealthUseCase checkHealth) {
        this.checkHealth = checkHealth;
    }

    @GetMapping(path = "/health", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<HealthResponse> health() {
        DatabaseStatus status = checkHealth.check();
        HealthResponse body = new HealthResponse(status.up() ? "UP" : "DOWN",
                new HealthResponse.PersistenceStatus(status.adapter(), status.database()));
        if (status.up()) {
            return ResponseEntity.ok(body);
        }
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, ProblemDetailsAdvice.RETRY_AFTER_SECONDS)
                .body(body);
    }
}
