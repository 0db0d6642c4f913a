package dev.apistatus.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a synthetic Spring Boot service of exactly N Java files, the same bytes for the same N and seed, so that
 * the code side of the linter can be timed on codebases of any size.
 *
 * <p>The service is made of "domains" (Order, Invoice, ...), ten files each, close to the shape of real services:
 * a {@code @RestController} with 3–8 mappings returning entities or {@code ResponseEntity} builders (created with a
 * Location, noContent, status(CONFLICT), notFound), a service interface and its implementation that throws the
 * domain's exceptions, an exception, two DTO records, a repository, a mapper, a validator and an HTTP client with a
 * retry loop. Every 25 domains share a {@code @RestControllerAdvice}; a handful of shared files (a base exception,
 * the paths, the application class) complete the tree, and any remainder is filled with utility classes. About one
 * file in ten is an entry point the code reader parses up front; the others are parsed only when a handler refers
 * to them, or never.
 *
 * <pre>java -cp bench/target/benchmarks.jar dev.apistatus.bench.GenerateService OUT_DIR FILES [SEED]</pre>
 */
public final class GenerateService {

    /** Files per domain: controller, service, impl, exception, dto, request, repository, mapper, validator, client. */
    static final int FILES_PER_DOMAIN = 10;
    /** Domains per {@code @RestControllerAdvice}. */
    static final int DOMAINS_PER_ADVICE = 25;
    static final String BASE_PACKAGE = "com.example.generated";

    private static final String[] NOUNS = {"Order", "Invoice", "Customer", "Payment", "Shipment", "Product", "Cart",
            "Account", "Ticket", "Refund", "Coupon", "Review", "Warehouse", "Supplier", "Report", "Session",
            "Device", "Policy", "Claim", "Booking"};
    private static final String[] FIELD_TYPES = {"String", "long", "int", "boolean", "java.time.Instant",
            "java.math.BigDecimal", "java.util.List<String>"};
    private static final String[] FIELD_NAMES = {"name", "status", "amount", "currency", "createdAt", "updatedAt",
            "owner", "reference", "note", "quantity", "priority", "region", "label", "version", "active", "tags"};

    private final Random random;
    private final Path sourceRoot;
    private int written;

    private GenerateService(long seed, Path sourceRoot) {
        this.random = new Random(seed);
        this.sourceRoot = sourceRoot;
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: GenerateService OUT_DIR FILES [SEED]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        int files = Integer.parseInt(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42L;
        Path root = generate(out, files, seed);
        System.out.println("wrote " + files + " Java files under " + root);
    }

    /**
     * Writes the service under {@code outDir/src/main/java} (the directory is created; existing files of the same
     * names are overwritten, others are left alone).
     *
     * @return the source root, {@code outDir/src/main/java}
     */
    public static Path generate(Path outDir, int files, long seed) {
        if (files < 4) {
            throw new IllegalArgumentException("at least 4 files: the shared ones");
        }
        Path root = outDir.resolve("src/main/java");
        GenerateService g = new GenerateService(seed, root);
        g.write(files);
        if (g.written != files) {
            throw new IllegalStateException("wrote " + g.written + " files, not " + files);
        }
        return root;
    }

    /**
     * The source root of a generated service under {@code cacheDir/service-FILES-SEED}, generated the first time and
     * reused after (a marker file says the generation finished).
     */
    public static Path cached(Path cacheDir, int files, long seed) {
        Path dir = cacheDir.resolve("service-" + files + "-" + seed);
        Path done = dir.resolve(".complete");
        if (!Files.isRegularFile(done)) {
            generate(dir, files, seed);
            try {
                Files.writeString(done, "ok\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return dir.resolve("src/main/java");
    }

    private void write(int files) {
        // shared: ApiException, ApiPaths, Application, plus one advice per DOMAINS_PER_ADVICE domains
        int shared = 3;
        int domains = 0;
        while (true) {
            int next = domains + 1;
            int advices = (next + DOMAINS_PER_ADVICE - 1) / DOMAINS_PER_ADVICE;
            if (shared + advices + next * FILES_PER_DOMAIN > files) {
                break;
            }
            domains = next;
        }
        int advices = (domains + DOMAINS_PER_ADVICE - 1) / DOMAINS_PER_ADVICE;
        List<String> domainNames = new ArrayList<>();
        for (int d = 0; d < domains; d++) {
            domainNames.add(NOUNS[d % NOUNS.length] + (d / NOUNS.length == 0 ? "" : String.valueOf(d / NOUNS.length)));
        }
        writeShared(domainNames);
        for (int a = 0; a < advices; a++) {
            writeAdvice(a, domainNames.subList(a * DOMAINS_PER_ADVICE, Math.min(domains, (a + 1) * DOMAINS_PER_ADVICE)));
        }
        for (int d = 0; d < domains; d++) {
            writeDomain(d, domainNames.get(d));
        }
        int util = 0;
        while (written < files) {
            writeUtil(util++);
        }
    }

    // ---------------------------------------------------------------------------------------------- shared files

    private void writeShared(List<String> domains) {
        String pkg = BASE_PACKAGE + ".common";
        file(pkg, "ApiException", """
                package %s;

                /** Base of the service's own exceptions; the advice maps each subclass to a status. */
                public abstract class ApiException extends RuntimeException {

                    private final String code;

                    protected ApiException(String code, String message) {
                        super(message);
                        this.code = code;
                    }

                    public String code() {
                        return code;
                    }
                }
                """.formatted(pkg));
        StringBuilder paths = new StringBuilder();
        paths.append("package ").append(pkg).append(";\n\n/** Every resource path of the service. */\n")
                .append("public final class ApiPaths {\n\n    public static final String API = \"/api/v1\";\n");
        for (String d : domains) {
            paths.append("    public static final String ").append(constant(d)).append(" = API + \"/")
                    .append(plural(d).toLowerCase(Locale.ROOT)).append("\";\n");
        }
        paths.append("\n    private ApiPaths() {\n    }\n}\n");
        file(pkg, "ApiPaths", paths.toString());
        file(BASE_PACKAGE, "Application", """
                package %s;

                import org.springframework.boot.SpringApplication;
                import org.springframework.boot.autoconfigure.SpringBootApplication;

                @SpringBootApplication
                public class Application {

                    public static void main(String[] args) {
                        SpringApplication.run(Application.class, args);
                    }
                }
                """.formatted(BASE_PACKAGE));
    }

    private void writeAdvice(int index, List<String> domains) {
        String pkg = BASE_PACKAGE + ".common";
        StringBuilder s = new StringBuilder();
        s.append("package ").append(pkg).append(";\n\n");
        for (String d : domains) {
            s.append("import ").append(domainPackage(d)).append('.').append(d).append("NotFoundException;\n");
        }
        s.append("""
                import org.springframework.http.HttpStatus;
                import org.springframework.http.ProblemDetail;
                import org.springframework.http.ResponseEntity;
                import org.springframework.web.bind.MethodArgumentNotValidException;
                import org.springframework.web.bind.annotation.ExceptionHandler;
                import org.springframework.web.bind.annotation.ResponseStatus;
                import org.springframework.web.bind.annotation.RestControllerAdvice;

                @RestControllerAdvice
                public class ApiErrors%d {

                """.formatted(index));
        for (String d : domains) {
            s.append("""
                        @ExceptionHandler(%1$sNotFoundException.class)
                        public ResponseEntity<ProblemDetail> %2$sNotFound(%1$sNotFoundException e) {
                            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
                            problem.setTitle("%1$s not found");
                            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
                        }

                    """.formatted(d, lowerFirst(d)));
        }
        s.append("""
                    @ExceptionHandler
                    @ResponseStatus(HttpStatus.UNPROCESSABLE_ENTITY)
                    public ProblemDetail invalid(MethodArgumentNotValidException e) {
                        return ProblemDetail.forStatus(422);
                    }

                    @ExceptionHandler(IllegalStateException.class)
                    public ResponseEntity<ProblemDetail> conflict(IllegalStateException e) {
                        return ResponseEntity.status(HttpStatus.CONFLICT)
                                .body(ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage()));
                    }
                }
                """);
        file(pkg, "ApiErrors" + index, s.toString());
    }

    private void writeUtil(int index) {
        String pkg = BASE_PACKAGE + ".util";
        String name = "Util" + index;
        StringBuilder s = new StringBuilder();
        s.append("package ").append(pkg).append(";\n\nimport java.util.ArrayList;\nimport java.util.List;\n\n")
                .append("public final class ").append(name).append(" {\n\n    private ").append(name).append("() {\n    }\n");
        int methods = 2 + random.nextInt(4);
        for (int m = 0; m < methods; m++) {
            s.append("""

                        public static List<String> split%d(String text, char separator) {
                            List<String> out = new ArrayList<>();
                            int start = 0;
                            for (int i = 0; i < text.length(); i++) {
                                if (text.charAt(i) == separator) {
                                    out.add(text.substring(start, i).trim());
                                    start = i + 1;
                                }
                            }
                            out.add(text.substring(start).trim());
                            return out;
                        }
                    """.formatted(m));
        }
        s.append("}\n");
        file(pkg, name, s.toString());
    }

    // ----------------------------------------------------------------------------------------------- one domain

    private void writeDomain(int index, String d) {
        String pkg = domainPackage(d);
        List<String[]> fields = fields();
        writeController(pkg, d, index);
        writeServiceInterface(pkg, d);
        writeServiceImpl(pkg, d, fields);
        writeException(pkg, d);
        writeDto(pkg, d, "Dto", fields);
        writeDto(pkg, d, "Request", fields.subList(1, fields.size()));
        writeRepository(pkg, d);
        writeMapper(pkg, d, fields);
        writeValidator(pkg, d, fields);
        writeClient(pkg, d);
    }

    private List<String[]> fields() {
        int n = 3 + random.nextInt(10);
        List<String[]> out = new ArrayList<>();
        out.add(new String[] {"long", "id"});
        for (int i = 0; i < n; i++) {
            String name = FIELD_NAMES[(i + random.nextInt(3)) % FIELD_NAMES.length] + (i >= FIELD_NAMES.length ? i : "");
            if (out.stream().anyMatch(f -> f[1].equals(name))) {
                continue;
            }
            out.add(new String[] {FIELD_TYPES[random.nextInt(FIELD_TYPES.length)], name});
        }
        return out;
    }

    private void writeController(String pkg, String d, int index) {
        String v = lowerFirst(d);
        StringBuilder s = new StringBuilder();
        s.append("package ").append(pkg).append(";\n\n");
        s.append("import ").append(BASE_PACKAGE).append(".common.ApiPaths;\n");
        s.append("""
                import jakarta.validation.Valid;
                import java.net.URI;
                import java.util.List;
                import java.util.Map;
                import org.springframework.http.HttpStatus;
                import org.springframework.http.ResponseEntity;
                import org.springframework.web.bind.annotation.*;

                @RestController
                @RequestMapping(ApiPaths.%1$s)
                public class %2$sController {

                    private final %2$sService service;
                    private final %2$sMapper mapper;

                    public %2$sController(%2$sService service, %2$sMapper mapper) {
                        this.service = service;
                        this.mapper = mapper;
                    }

                    @GetMapping
                    public List<%2$sDto> list(@RequestParam(required = false) String status,
                                             @RequestParam(defaultValue = "0") int page) {
                        return service.list(status, page);
                    }

                    @GetMapping("/{id}")
                    public %2$sDto get(@PathVariable long id) {
                        return service.find(id);
                    }

                    @PostMapping
                    public ResponseEntity<%2$sDto> create(@Valid @RequestBody %2$sRequest request) {
                        %2$sDto saved = service.create(request);
                        return ResponseEntity.created(URI.create("/%3$s/" + saved.id())).body(saved);
                    }
                """.formatted(constant(d), d, plural(d).toLowerCase(Locale.ROOT)));
        // optional endpoints, chosen by the seed
        if (random.nextBoolean()) {
            s.append("""

                        @PutMapping("/{id}")
                        @ResponseStatus(HttpStatus.NO_CONTENT)
                        public void replace(@PathVariable long id, @Valid @RequestBody %sRequest request) {
                            service.replace(id, request);
                        }
                    """.formatted(d));
        }
        s.append("""

                    @DeleteMapping("/{id}")
                    public ResponseEntity<Void> delete(@PathVariable long id) {
                        if (!service.exists(id)) {
                            return ResponseEntity.notFound().build();
                        }
                        service.delete(id);
                        return ResponseEntity.noContent().build();
                    }
                """);
        if (random.nextInt(3) == 0) {
            s.append("""

                        @PostMapping("/{id}/cancel")
                        public ResponseEntity<?> cancel(@PathVariable long id) {
                            try {
                                service.cancel(id);
                                return ResponseEntity.ok(Map.of("cancelled", true));
                            } catch (IllegalStateException e) {
                                return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", e.getMessage()));
                            }
                        }
                    """);
        }
        if (random.nextInt(4) == 0) {
            s.append("""

                        @PatchMapping("/{id}")
                        public ResponseEntity<%1$sDto> patch(@PathVariable long id, @RequestBody Map<String, Object> changes) {
                            return ResponseEntity.ok(service.patch(id, changes));
                        }
                    """.formatted(d));
        }
        if (random.nextInt(5) == 0) {
            s.append("""

                        @PostMapping("/{id}/export")
                        public ResponseEntity<Void> export(@PathVariable long id) {
                            service.find(id);
                            return ResponseEntity.accepted().header("Location", "/jobs/" + id).build();
                        }
                    """);
        }
        s.append("""

                    private static String describe(%sDto dto) {
                        return dto == null ? "none" : dto.toString();
                    }
                }
                """.formatted(d));
        file(pkg, d + "Controller", s.toString());
    }

    private void writeServiceInterface(String pkg, String d) {
        file(pkg, d + "Service", """
                package %1$s;

                import java.util.List;
                import java.util.Map;

                public interface %2$sService {

                    List<%2$sDto> list(String status, int page);

                    %2$sDto find(long id);

                    %2$sDto create(%2$sRequest request);

                    void replace(long id, %2$sRequest request);

                    boolean exists(long id);

                    void delete(long id);

                    void cancel(long id);

                    %2$sDto patch(long id, Map<String, Object> changes);
                }
                """.formatted(pkg, d));
    }

    private void writeServiceImpl(String pkg, String d, List<String[]> fields) {
        StringBuilder s = new StringBuilder();
        s.append("""
                package %1$s;

                import java.util.List;
                import java.util.Map;
                import java.util.Optional;
                import org.springframework.stereotype.Service;
                import org.springframework.transaction.annotation.Transactional;

                @Service
                public class %2$sServiceImpl implements %2$sService {

                    private final %2$sRepository repository;
                    private final %2$sMapper mapper;
                    private final %2$sValidator validator;

                    public %2$sServiceImpl(%2$sRepository repository, %2$sMapper mapper, %2$sValidator validator) {
                        this.repository = repository;
                        this.mapper = mapper;
                        this.validator = validator;
                    }

                    @Override
                    public List<%2$sDto> list(String status, int page) {
                        return repository.findAll(page * 50, 50).stream()
                                .filter(e -> status == null || status.equals(String.valueOf(e)))
                                .map(mapper::toDto)
                                .toList();
                    }

                    @Override
                    public %2$sDto find(long id) {
                        return Optional.ofNullable(repository.findById(id)).map(mapper::toDto)
                                .orElseThrow(() -> new %2$sNotFoundException(id));
                    }

                    @Override
                    @Transactional
                    public %2$sDto create(%2$sRequest request) {
                        validator.validate(request);
                        return mapper.toDto(repository.save(mapper.toEntity(request)));
                    }

                    @Override
                    @Transactional
                    public void replace(long id, %2$sRequest request) {
                        if (!exists(id)) {
                            throw new %2$sNotFoundException(id);
                        }
                        validator.validate(request);
                        repository.save(mapper.toEntity(request));
                    }

                    @Override
                    public boolean exists(long id) {
                        return repository.findById(id) != null;
                    }

                    @Override
                    @Transactional
                    public void delete(long id) {
                        repository.deleteById(id);
                    }

                    @Override
                    public void cancel(long id) {
                        %2$sDto current = find(id);
                        if (current == null) {
                            throw new IllegalStateException("%2$s " + id + " cannot be cancelled");
                        }
                    }

                    @Override
                    public %2$sDto patch(long id, Map<String, Object> changes) {
                        %2$sDto current = find(id);
                        if (changes.containsKey("id")) {
                            throw new IllegalArgumentException("id cannot change");
                        }
                        return current;
                    }
                """.formatted(pkg, d));
        int helpers = random.nextInt(4);
        for (int h = 0; h < helpers; h++) {
            String[] f = fields.get(1 + random.nextInt(fields.size() - 1));
            s.append("""

                        private static String normalise%d(Object %s) {
                            String text = String.valueOf(%s).trim();
                            return text.isEmpty() ? null : text.toLowerCase(java.util.Locale.ROOT);
                        }
                    """.formatted(h, f[1], f[1]));
        }
        s.append("}\n");
        file(pkg, d + "ServiceImpl", s.toString());
    }

    private void writeException(String pkg, String d) {
        file(pkg, d + "NotFoundException", """
                package %1$s;

                import %3$s.common.ApiException;

                public class %2$sNotFoundException extends ApiException {

                    public %2$sNotFoundException(long id) {
                        super("%4$s-not-found", "%2$s " + id + " not found");
                    }
                }
                """.formatted(pkg, d, BASE_PACKAGE, d.toLowerCase(Locale.ROOT)));
    }

    private void writeDto(String pkg, String d, String suffix, List<String[]> fields) {
        StringBuilder s = new StringBuilder();
        s.append("package ").append(pkg).append(";\n\n");
        if ("Request".equals(suffix)) {
            s.append("import jakarta.validation.constraints.NotNull;\n\n");
        }
        s.append("public record ").append(d).append(suffix).append("(");
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                s.append(",\n        ");
            }
            if ("Request".equals(suffix) && i == 0) {
                s.append("@NotNull ");
            }
            s.append(fields.get(i)[0]).append(' ').append(fields.get(i)[1]);
        }
        s.append(") {\n}\n");
        file(pkg, d + suffix, s.toString());
    }

    private void writeRepository(String pkg, String d) {
        file(pkg, d + "Repository", """
                package %1$s;

                import java.util.List;

                public interface %2$sRepository {

                    List<%2$sDto> findAll(int offset, int limit);

                    %2$sDto findById(long id);

                    %2$sDto save(%2$sDto entity);

                    void deleteById(long id);
                }
                """.formatted(pkg, d));
    }

    private void writeMapper(String pkg, String d, List<String[]> fields) {
        StringBuilder args = new StringBuilder("0L");
        for (int i = 1; i < fields.size(); i++) {
            args.append(", request.").append(fields.get(i)[1]).append("()");
        }
        file(pkg, d + "Mapper", """
                package %1$s;

                import org.springframework.stereotype.Component;

                @Component
                public class %2$sMapper {

                    public %2$sDto toDto(%2$sDto entity) {
                        return entity;
                    }

                    public %2$sDto toEntity(%2$sRequest request) {
                        return new %2$sDto(%3$s);
                    }
                }
                """.formatted(pkg, d, args));
    }

    private void writeValidator(String pkg, String d, List<String[]> fields) {
        StringBuilder checks = new StringBuilder();
        for (int i = 1; i < fields.size(); i++) {
            if (fields.get(i)[0].equals("String")) {
                checks.append("""
                                if (request.%1$s() != null && request.%1$s().length() > 200) {
                                    throw new IllegalArgumentException("%1$s is too long");
                                }
                        """.formatted(fields.get(i)[1]));
            }
        }
        file(pkg, d + "Validator", """
                package %1$s;

                import org.springframework.stereotype.Component;

                @Component
                public class %2$sValidator {

                    public void validate(%2$sRequest request) {
                        if (request == null) {
                            throw new IllegalArgumentException("no request");
                        }
                %3$s    }
                }
                """.formatted(pkg, d, checks));
    }

    private void writeClient(String pkg, String d) {
        int attempts = 2 + random.nextInt(4);
        file(pkg, d + "Client", """
                package %1$s;

                import java.io.IOException;
                import java.net.URI;
                import java.net.http.HttpClient;
                import java.net.http.HttpRequest;
                import java.net.http.HttpResponse;
                import java.time.Duration;

                /** Calls the upstream %3$s service, retrying failed calls. */
                public class %2$sClient {

                    private static final int MAX_ATTEMPTS = %4$d;

                    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
                    private final URI base;

                    public %2$sClient(URI base) {
                        this.base = base;
                    }

                    public String fetch(long id) throws IOException, InterruptedException {
                        HttpRequest request = HttpRequest.newBuilder(base.resolve("/%3$s/" + id)).GET().build();
                        IOException last = null;
                        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
                            try {
                                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                                if (response.statusCode() == 503 || response.statusCode() == 429) {
                                    Thread.sleep(100L * attempt);
                                    continue;
                                }
                                return response.body();
                            } catch (IOException e) {
                                last = e;
                                Thread.sleep(100L * attempt);
                            }
                        }
                        throw last != null ? last : new IOException("gave up after " + MAX_ATTEMPTS + " attempts");
                    }
                }
                """.formatted(pkg, d, plural(d).toLowerCase(Locale.ROOT), attempts));
    }

    // ---------------------------------------------------------------------------------------------------- helpers

    private static String domainPackage(String d) {
        return BASE_PACKAGE + "." + d.toLowerCase(Locale.ROOT);
    }

    private static String constant(String d) {
        return plural(d).toUpperCase(Locale.ROOT);
    }

    private static String plural(String d) {
        // the numeric suffix of repeated nouns stays at the end: Order1 -> Orders1
        int digits = d.length();
        while (digits > 0 && Character.isDigit(d.charAt(digits - 1))) {
            digits--;
        }
        String noun = d.substring(0, digits);
        String n = noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies"
                : noun.endsWith("s") ? noun + "es" : noun + "s";
        return n + d.substring(digits);
    }

    private static String lowerFirst(String s) {
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private void file(String pkg, String name, String text) {
        Path dir = sourceRoot.resolve(pkg.replace('.', '/'));
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(name + ".java"), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        written++;
    }
}
