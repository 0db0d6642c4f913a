package dev.apistatus.core.code;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Problem;
import com.github.javaparser.TokenRange;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.validator.postprocessors.Java10PostProcessor;
import com.github.javaparser.ast.validator.postprocessors.PostProcessors;
import dev.apistatus.core.model.SourceLocation;
import dev.apistatus.core.spec.InputProblem;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The Java sources of a project, parsed once each and only when they can matter: files whose text shows an
 * entry point (a controller, a resource, an advice, a client) are parsed up front; any other type is parsed
 * on demand, when a handler refers to it (an exception it throws, a constant it uses, a method it calls).
 * Not thread-safe: one instance per run.
 */
public final class JavaProject {

    /** Largest source file parsed; generated files beyond this are skipped with a finding. */
    public static final long MAX_SOURCE_BYTES = 4L * 1024 * 1024;
    /**
     * Deepest syntax tree kept (a 1,000-term string concatenation is 1,000 deep): the readers walk trees
     * recursively, and a deeper (generated) file is skipped with a finding rather than risking the stack.
     */
    public static final int MAX_TREE_DEPTH = 1_000;

    private final Path projectDir;
    private final JavaParser parser;
    private final List<InputProblem> problems = new ArrayList<>();
    /** Every .java file by simple type name (the file name), in path order. */
    private final Map<String, List<Path>> filesByName = new TreeMap<>();
    private final Map<Path, CompilationUnit> parsed = new LinkedHashMap<>();
    private final Map<Path, String> relative = new HashMap<>();
    private final List<CompilationUnit> entryPoints = new ArrayList<>();
    /** Resolved type names, per referring file (by identity: two files never share an entry). */
    private final Map<CompilationUnit, Map<String, Optional<TypeDeclaration<?>>>> typeCache = new java.util.IdentityHashMap<>();
    private final Map<String, Optional<TypeDeclaration<?>>> typeCacheWithoutUnit = new HashMap<>();
    private final Map<String, List<TypeDeclaration<?>>> implementors = new HashMap<>();
    /** Files declaring classes that implement an interface, by its simple name; built on first use. */
    private Map<String, java.util.Set<Path>> implementingFiles;
    /** Every type declared in the files parsed so far, by simple name. */
    private final Map<String, List<TypeDeclaration<?>>> typesByName = new HashMap<>();
    /** Texts read but not (yet) parsed; a file's text is dropped once it is parsed. */
    private final Map<Path, String> texts = new HashMap<>();
    /** The type declarations of each parsed file, in the order of a walk of its tree. */
    private final Map<CompilationUnit, List<TypeDeclaration<?>>> typesOf = new java.util.IdentityHashMap<>();
    /** Parses the files ahead on other threads while the readers run; null once they are done. */
    private ParseAhead parseAhead;

    private JavaProject(Path projectDir, ParserConfiguration.LanguageLevel level) {
        this.projectDir = projectDir.toAbsolutePath().normalize();
        // Comments are not attached to nodes: JavaParser gives a trailing "// ..." to a node on its line, and the node
        // then prints with it (a call's scope "ProblemDetail" becomes "// ...\nProblemDetail"), so code that reads
        // names from toString() would no longer recognise it. Nothing reads comments from the tree.
        this.parser = new JavaParser(configuration(level));
    }

    /**
     * The parser's configuration for a language level, without the level's validator. After each parse JavaParser
     * runs the level's post-processor (Java 10 and later: {@code var} becomes a {@code VarType}), then its validator,
     * which walks the tree again and again for constructs the level's compiler would reject: half the cost of a
     * parse, for nothing a linter needs (the compiler reports those; syntax errors are still reported by the parser).
     * The level stays set: the grammar depends on it ({@code yield}). Tokens stay stored: without them nodes lose
     * their ranges, hence the lines and columns of findings.
     */
    public static ParserConfiguration configuration(ParserConfiguration.LanguageLevel level) {
        ParserConfiguration configuration = new ParserConfiguration().setLanguageLevel(level).setAttributeComments(false);
        // JavaParser 3.28's processors, in order: unicode escapes, line endings, comments, the language level's,
        // symbol resolver, lexical preservation (JavaProjectTest checks that the validator is gone, the rest kept)
        List<java.util.function.Supplier<com.github.javaparser.Processor>> processors = configuration.getProcessors();
        if (processors.size() == 6 && level != null) {
            // every level from 10 to 26 has this same post-processor; the earlier ones have none
            PostProcessors postProcessor = level.compareTo(ParserConfiguration.LanguageLevel.JAVA_10) >= 0
                    ? new Java10PostProcessor() : new PostProcessors();
            processors.set(3, () -> new com.github.javaparser.Processor() {
                @Override
                public void postProcess(ParseResult<? extends Node> result, ParserConfiguration c) {
                    postProcessor.postProcess(result, c);
                }
            });
        }
        return configuration;
    }

    /**
     * Indexes the {@code .java} files under the roots and parses those whose text contains one of the markers.
     *
     * @param level the Java language level of the sources (their release)
     */
    public static JavaProject read(Path projectDir, List<Path> roots, ParserConfiguration.LanguageLevel level,
                                   List<String> entryMarkers) {
        JavaProject project = new JavaProject(projectDir, level);
        List<Path> files = new ArrayList<>();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(p -> p.toString().endsWith(".java") && Files.isRegularFile(p)).forEach(files::add);
            } catch (IOException | java.io.UncheckedIOException e) {
                // an unreadable directory part-way through the walk: what was listed is still read
                project.problems.add(new InputProblem(SourceLocation.ofFile(project.relative(root)),
                        "cannot list all the sources: " + e.getMessage()));
            }
        }
        Collections.sort(files);
        for (Path file : files) {
            String name = file.getFileName().toString();
            project.filesByName.computeIfAbsent(name.substring(0, name.length() - 5), k -> new ArrayList<>()).add(file);
        }
        // Every text is read first: the entry points go first to the threads parsing ahead, then the other files (most
        // of a service's files are reached from its handlers). A file's read problem is recorded at its turn below.
        Map<Path, List<InputProblem>> readProblems = new HashMap<>();
        Map<Path, String> entryTexts = new LinkedHashMap<>();
        Map<Path, String> otherTexts = new LinkedHashMap<>();
        for (Path file : files) {
            int before = project.problems.size();
            String text = project.text(file);
            List<InputProblem> added = project.problems.subList(before, project.problems.size());
            if (!added.isEmpty()) {
                readProblems.put(file, new ArrayList<>(added));
                added.clear();
            }
            if (text != null) {
                (entryMarkers.stream().anyMatch(text::contains) ? entryTexts : otherTexts).put(file, text);
            }
        }
        if (!entryTexts.isEmpty() || !otherTexts.isEmpty()) {
            Map<Path, String> order = new LinkedHashMap<>(entryTexts);
            order.putAll(otherTexts);
            project.parseAhead = new ParseAhead(order, level, ParseAhead.threads());
        }
        for (Path file : files) {
            project.problems.addAll(readProblems.getOrDefault(file, List.of()));
            String text = entryTexts.get(file);
            if (text != null) {
                CompilationUnit unit = project.parse(file, text);
                if (unit != null) {
                    project.entryPoints.add(unit);
                }
            }
        }
        return project;
    }

    /** Parsed files that hold entry points (controllers, resources, advice, mappers, clients), in path order. */
    public List<CompilationUnit> entryPoints() {
        return Collections.unmodifiableList(entryPoints);
    }

    /** Files that could not be read or parsed; each becomes a {@code source-unparsable} finding. */
    public List<InputProblem> problems() {
        return Collections.unmodifiableList(problems);
    }

    /** Records that part of a parsed file could not be analysed; it becomes a {@code source-unparsable} finding. */
    public void problem(Node at, String message) {
        problems.add(new InputProblem(locate(at), message));
    }

    /** Every file parsed so far (up front or on demand), in the order they were parsed; unparsable files left out. */
    public List<CompilationUnit> parsedUnits() {
        return parsed.values().stream().filter(java.util.Objects::nonNull).toList();
    }

    public int parsedCount() {
        return parsed.size();
    }

    /**
     * The declaration of a type named in {@code from}: resolved through the file's own types, its imports, its
     * package, then any project file of that name. Empty for library types (not in the project).
     */
    public Optional<TypeDeclaration<?>> type(String name, Node from) {
        String simple = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : name;
        CompilationUnit unit = from == null ? null : from.findCompilationUnit().orElse(null);
        Map<String, Optional<TypeDeclaration<?>>> cache = unit == null ? typeCacheWithoutUnit
                : typeCache.computeIfAbsent(unit, u -> new HashMap<>());
        Optional<TypeDeclaration<?>> known = cache.get(name);
        if (known == null) {
            known = lookup(name, simple, unit);
            cache.put(name, known);
        }
        return known;
    }

    private Optional<TypeDeclaration<?>> lookup(String name, String simple, CompilationUnit from) {
        if (from != null) {
            Optional<TypeDeclaration<?>> local = findIn(from, simple);
            if (local.isPresent()) {
                return local;
            }
        }
        List<Path> candidates = filesByName.getOrDefault(simple, List.of());
        if (candidates.isEmpty()) {
            // a secondary top-level or nested type in a file already parsed
            Optional<TypeDeclaration<?>> elsewhere = parsedTypeNamed(simple);
            if (elsewhere.isPresent()) {
                return elsewhere;
            }
            // a nested type of another top-level type: Outer.Inner
            if (name.contains(".")) {
                String outer = name.substring(0, name.lastIndexOf('.'));
                return type(outer, from).flatMap(t -> t.getMembers().stream()
                        .filter(m -> m instanceof TypeDeclaration<?> td && td.getNameAsString().equals(simple))
                        .map(m -> (TypeDeclaration<?>) m).findFirst());
            }
            return Optional.empty();
        }
        Path chosen = candidates.size() == 1 ? candidates.get(0) : choose(candidates, name, from);
        if (chosen == null) {
            return Optional.empty();
        }
        CompilationUnit unit = parse(chosen, null);
        return unit == null ? Optional.empty() : findIn(unit, simple);
    }

    /** Among same-named files, the one the referring file imports or shares a package with. */
    private Path choose(List<Path> candidates, String name, CompilationUnit from) {
        if (from == null) {
            return null;
        }
        String pkg = from.getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
        List<String> wanted = new ArrayList<>();
        if (name.contains(".")) {
            wanted.add(name);
        }
        for (ImportDeclaration i : from.getImports()) {
            if (!i.isStatic() && !i.isAsterisk() && i.getName().getIdentifier().equals(name)) {
                wanted.add(i.getNameAsString());
            }
        }
        wanted.add(pkg.isEmpty() ? name : pkg + "." + name);
        for (String qualified : wanted) {
            String suffix = qualified.replace('.', '/') + ".java";
            for (Path p : candidates) {
                if (p.toString().replace('\\', '/').endsWith(suffix)) {
                    return p;
                }
            }
        }
        return null;
    }

    /** The one type of that simple name among the files parsed so far; empty when none or several. */
    private Optional<TypeDeclaration<?>> parsedTypeNamed(String simple) {
        List<TypeDeclaration<?>> found = typesByName.getOrDefault(simple, List.of());
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    private Optional<TypeDeclaration<?>> findIn(CompilationUnit unit, String simple) {
        for (TypeDeclaration<?> t : types(unit)) {
            if (t.getNameAsString().equals(simple)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /**
     * The classes and interfaces declared in a parsed file (nested and local ones too), in the order
     * {@code unit.findAll(ClassOrInterfaceDeclaration.class)} gives, without walking the tree again.
     */
    public List<com.github.javaparser.ast.body.ClassOrInterfaceDeclaration> classes(CompilationUnit unit) {
        List<com.github.javaparser.ast.body.ClassOrInterfaceDeclaration> out = new ArrayList<>();
        for (TypeDeclaration<?> t : types(unit)) {
            if (t instanceof com.github.javaparser.ast.body.ClassOrInterfaceDeclaration c) {
                out.add(c);
            }
        }
        return out;
    }

    /** The type declarations of a file, in the order a walk of its tree finds them (kept from its parse). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private List<TypeDeclaration<?>> types(CompilationUnit unit) {
        List<TypeDeclaration<?>> types = typesOf.get(unit);
        return types != null ? types : (List) unit.findAll(TypeDeclaration.class);
    }

    /**
     * The project's classes that declare {@code implements <interfaceName>} (found by a text search, then
     * parsed), in path order.
     */
    public List<TypeDeclaration<?>> implementations(String interfaceName) {
        List<TypeDeclaration<?>> known = implementors.get(interfaceName);
        if (known != null) {
            return known;
        }
        List<TypeDeclaration<?>> out = new ArrayList<>();
        for (Path file : new ArrayList<>(implementingFiles().getOrDefault(interfaceName, new java.util.LinkedHashSet<>()))) {
            CompilationUnit unit = parse(file, null);
            if (unit != null) {
                for (TypeDeclaration<?> t : types(unit)) {
                    if (t instanceof com.github.javaparser.ast.body.ClassOrInterfaceDeclaration c && !c.isInterface()
                            && c.getImplementedTypes().stream().anyMatch(i -> i.getNameAsString().equals(interfaceName))) {
                        out.add(c);
                    }
                }
            }
        }
        implementors.put(interfaceName, out);
        return out;
    }

    private static final java.util.regex.Pattern IMPLEMENTS = java.util.regex.Pattern.compile("\\bimplements\\s+([^{;]+)\\{");
    private static final java.util.regex.Pattern IDENTIFIER = java.util.regex.Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

    /**
     * Which files declare classes implementing each interface (by simple name), built once: from the syntax tree of
     * the files parsed so far and a text scan of the others; files parsed later add theirs as they are parsed.
     * One pass over the project instead of one per interface asked about.
     */
    private Map<String, java.util.Set<Path>> implementingFiles() {
        if (implementingFiles == null) {
            implementingFiles = new HashMap<>();
            for (List<Path> paths : filesByName.values()) {
                for (Path file : paths) {
                    CompilationUnit unit = parsed.get(file);
                    if (unit != null) {
                        indexImplements(file, unit);
                    } else if (!parsed.containsKey(file)) {
                        String text = text(file);
                        if (text == null) {
                            continue;
                        }
                        java.util.regex.Matcher m = IMPLEMENTS.matcher(text);
                        while (m.find()) {
                            String clause = m.group(1).replaceAll("<[^<>]*>", "").replaceAll("<[^<>]*>", "");
                            java.util.regex.Matcher id = IDENTIFIER.matcher(clause);
                            while (id.find()) {
                                implementingFiles.computeIfAbsent(id.group(), k -> new java.util.LinkedHashSet<>()).add(file);
                            }
                        }
                    }
                }
            }
        }
        return implementingFiles;
    }

    private void indexImplements(Path file, CompilationUnit unit) {
        for (TypeDeclaration<?> type : types(unit)) {
            if (type instanceof com.github.javaparser.ast.body.ClassOrInterfaceDeclaration c && !c.isInterface()) {
                for (var t : c.getImplementedTypes()) {
                    implementingFiles.computeIfAbsent(t.getNameAsString(), k -> new java.util.LinkedHashSet<>()).add(file);
                }
            }
        }
    }

    /** The file's path relative to the project directory, with {@code /} separators. */
    public String relative(Path file) {
        return relative.computeIfAbsent(file, f -> {
            Path abs = f.toAbsolutePath().normalize();
            return (abs.startsWith(projectDir) ? projectDir.relativize(abs) : abs).toString().replace('\\', '/');
        });
    }

    /** The file a node was parsed from, relative to the project directory. */
    public String fileOf(Node node) {
        return node.findCompilationUnit().flatMap(CompilationUnit::getStorage)
                .map(s -> relative(s.getPath())).orElse("?");
    }

    /** Where a node begins. */
    public SourceLocation locate(Node node) {
        return node.getBegin()
                .map(p -> new SourceLocation(fileOf(node), p.line, p.column, null))
                .orElseGet(() -> SourceLocation.ofFile(fileOf(node)));
    }

    private String text(Path file) {
        if (texts.containsKey(file)) {
            return texts.get(file);
        }
        String text = readText(file);
        texts.put(file, text);
        return text;
    }

    private String readText(Path file) {
        try {
            if (Files.size(file) > MAX_SOURCE_BYTES) {
                problems.add(new InputProblem(SourceLocation.ofFile(relative(file)), "the file is "
                        + Files.size(file) + " bytes, over the limit of " + MAX_SOURCE_BYTES + ": not read"));
                return null;
            }
            byte[] bytes = Files.readAllBytes(file);
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            problems.add(new InputProblem(firstNonUtf8(file), "not UTF-8 text: save the file as UTF-8 (or set the "
                    + "build's source encoding to UTF-8); the file is skipped"));
            return null;
        } catch (IOException e) {
            problems.add(new InputProblem(SourceLocation.ofFile(relative(file)), "cannot read the file: " + e.getMessage()));
            return null;
        }
    }

    /** Where the first byte that is not UTF-8 is, by line and column. */
    private SourceLocation firstNonUtf8(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            java.nio.charset.CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
            java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes);
            java.nio.CharBuffer out = java.nio.CharBuffer.allocate(8192);
            int line = 1;
            int column = 1;
            while (true) {
                java.nio.charset.CoderResult result = decoder.decode(in, out, true);
                out.flip();
                while (out.hasRemaining()) {
                    char c = out.get();
                    if (c == '\n') {
                        line++;
                        column = 1;
                    } else if (!Character.isLowSurrogate(c)) {
                        column++;
                    }
                }
                out.clear();
                if (result.isError()) {
                    return new SourceLocation(relative(file), line, column, null);
                }
                if (result.isUnderflow()) {
                    return SourceLocation.ofFile(relative(file));
                }
            }
        } catch (IOException | RuntimeException e) {
            return SourceLocation.ofFile(relative(file));
        }
    }

    /**
     * What parsing a text gave: a syntax tree (with its type declarations), or the parser's result with its problems, or
     * a tree too deep to keep, or the exception the parser threw. Made on any thread; recorded by {@link #parse}.
     */
    record Outcome(ParseResult<CompilationUnit> result, CompilationUnit unit, List<TypeDeclaration<?>> types,
                   boolean tooDeep, Throwable failure) {
    }

    /** Parses a text and prepares its tree (see {@link #prepare}); touches nothing shared, so any thread may call it. */
    static Outcome parseText(JavaParser parser, String text) {
        try {
            ParseResult<CompilationUnit> result = parser.parse(text);
            CompilationUnit unit = result.isSuccessful() ? result.getResult().orElse(null) : null;
            if (unit == null) {
                return new Outcome(result, null, null, false, null);
            }
            List<TypeDeclaration<?>> types = new ArrayList<>();
            if (prepare(unit, MAX_TREE_DEPTH, types) > MAX_TREE_DEPTH) {
                return new Outcome(result, null, null, true, null);
            }
            return new Outcome(result, unit, types, false, null);
        } catch (RuntimeException | StackOverflowError e) {
            return new Outcome(null, null, null, false, e);
        }
    }

    /**
     * One walk of a syntax tree, without recursion: its depth (stopping past {@code limit}), its type declarations
     * (in the order {@code findAll} gives), and each node's tokens dropped, its range kept. Nothing reads the tokens,
     * and they are half the memory of a tree: with them, every parsed file of a large project stays in the heap twice
     * as big, and the collector copies it.
     */
    private static int prepare(Node root, int limit, List<TypeDeclaration<?>> types) {
        java.util.ArrayDeque<Node> nodes = new java.util.ArrayDeque<>();
        java.util.ArrayDeque<Integer> depths = new java.util.ArrayDeque<>();
        nodes.push(root);
        depths.push(1);
        int max = 0;
        while (!nodes.isEmpty()) {
            Node n = nodes.pop();
            int d = depths.pop();
            max = Math.max(max, d);
            if (max > limit) {
                return max;
            }
            if (n instanceof TypeDeclaration<?> t) {
                types.add(t);
            }
            com.github.javaparser.Range range = n.getRange().orElse(null);
            n.setTokenRange(null); // also clears the range
            n.setRange(range);
            List<Node> children = n.getChildNodes();
            for (int c = children.size() - 1; c >= 0; c--) { // pushed last first: popped in document order
                nodes.push(children.get(c));
                depths.push(d + 1);
            }
        }
        return max;
    }

    /** Stops parsing ahead: the readers are done; a file asked for later is parsed on the asking thread. */
    void stopParsingAhead() {
        if (parseAhead != null) {
            parseAhead.stop();
            parseAhead = null;
        }
    }

    /** Parses a file once; later calls return the same unit (or null when it could not be parsed). */
    private CompilationUnit parse(Path file, String knownText) {
        if (parsed.containsKey(file)) {
            return parsed.get(file);
        }
        Outcome outcome = parseAhead == null ? null : parseAhead.take(file);
        String text = null;
        if (outcome == null) {
            text = knownText != null ? knownText : text(file);
            outcome = text == null ? null : parseText(parser, text);
        }
        CompilationUnit unit = null;
        if (outcome == null) {
            // not read: the problem is recorded already
        } else if (outcome.failure() != null) {
            problems.add(new InputProblem(SourceLocation.ofFile(relative(file)), "the parser failed on this file ("
                    + outcome.failure().getClass().getSimpleName() + "); the file is skipped"));
        } else if (outcome.tooDeep()) {
            problems.add(new InputProblem(SourceLocation.ofFile(relative(file)), "the syntax tree is deeper "
                    + "than " + MAX_TREE_DEPTH + " levels (generated code?); the file is skipped"));
        } else if (outcome.unit() != null) {
            unit = outcome.unit();
            unit.setStorage(file);
            typesOf.put(unit, outcome.types());
            for (TypeDeclaration<?> t : outcome.types()) {
                typesByName.computeIfAbsent(t.getNameAsString(), k -> new ArrayList<>()).add(t);
            }
            if (implementingFiles != null) {
                indexImplements(file, unit);
            }
        } else {
            ParseResult<CompilationUnit> result = outcome.result();
            Problem first = result.getProblems().isEmpty() ? null : result.getProblems().get(0);
            int line = first == null ? 1 : first.getLocation().flatMap(TokenRange::toRange).map(r -> r.begin.line).orElse(1);
            int column = first == null ? 1 : first.getLocation().flatMap(TokenRange::toRange).map(r -> r.begin.column).orElse(1);
            problems.add(new InputProblem(new SourceLocation(relative(file), line, column, null),
                    "Java syntax the parser cannot read: " + (first == null ? "unknown error"
                            : dev.apistatus.core.spec.Texts.quote(first.getMessage().lines().findFirst()
                            .orElse("").strip())) + "; the file is skipped"));
        }
        parsed.put(file, unit);
        texts.remove(file);
        return unit;
    }

}
