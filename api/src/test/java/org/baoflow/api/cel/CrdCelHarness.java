package org.baoflow.api.cel;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelOptions;
import dev.cel.common.CelValidationException;
import dev.cel.common.CelValidationResult;
import dev.cel.common.types.CelType;
import dev.cel.common.types.SimpleType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.extensions.CelExtensions;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;
import dev.cel.validator.CelValidator;
import dev.cel.validator.CelValidatorFactory;
import dev.cel.validator.validators.RegexLiteralValidator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.baoflow.api.testing.Yaml;

/**
 * Runs a CRD's CEL rules the way a Kubernetes API server does, on CEL-Java with only the standard
 * library and the strings extension (CEL-Java has none of Kubernetes' own libraries, so a rule that
 * needs them fails to compile here). It loads the generated CRD, compiles every {@code
 * x-kubernetes-validations} rule with {@code self} typed from the schema, and evaluates a resource
 * after structural defaulting: each rule at each node where a value is present, list items
 * included, and transition rules ({@code oldSelf}) where an old value exists at the same place.
 */
public final class CrdCelHarness {
  private final SchemaNode root;
  private final List<CrdRule> rules = new ArrayList<>();
  private final Map<Map<String, Object>, List<CrdRule>> rulesByNode = new IdentityHashMap<>();
  private final CelRuntime runtime;

  private CrdCelHarness(SchemaNode root) {
    this.root = root;
    SchemaCelTypes types = new SchemaCelTypes();
    CelOptions options = CelOptions.current().build();
    this.runtime =
        CelRuntimeFactory.standardCelRuntimeBuilder()
            .setOptions(options)
            .addLibraries(CelExtensions.strings())
            .build();
    collect(root, "", false, false, types);
    CelCompiler base =
        CelCompilerFactory.standardCelCompilerBuilder()
            .setOptions(options)
            .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
            .addLibraries(CelExtensions.strings())
            .setTypeProvider(types)
            .setResultType(SimpleType.BOOL)
            .build();
    List<CrdRule> compiled = new ArrayList<>();
    for (CrdRule rule : rules) {
      CrdRule done = compile(base, rule);
      compiled.add(done);
      rulesByNode.computeIfAbsent(done.node().raw(), k -> new ArrayList<>()).add(done);
    }
    rules.clear();
    rules.addAll(compiled);
  }

  /** Loads the first version's schema of the CRD in {@code crdYaml}. */
  public static CrdCelHarness load(Path crdYaml) throws IOException {
    Map<String, Object> crd = Yaml.read(crdYaml);
    Map<String, Object> spec = SchemaNode.asMap(crd.get("spec"));
    Map<String, Object> version = SchemaNode.asMap(((List<?>) spec.get("versions")).get(0));
    Map<String, Object> schema = SchemaNode.asMap(version.get("schema"));
    return new CrdCelHarness(SchemaNode.of(schema.get("openAPIV3Schema")));
  }

  /** A harness over a schema given as plain maps ({@code openAPIV3Schema}). */
  static CrdCelHarness of(Map<String, Object> openApiV3Schema) {
    return new CrdCelHarness(SchemaNode.of(openApiV3Schema));
  }

  /** The schema root ({@code openAPIV3Schema}). */
  public SchemaNode root() {
    return root;
  }

  /** Every rule of the CRD, compiled. */
  public List<CrdRule> rules() {
    return List.copyOf(rules);
  }

  /** Messages of the rules a new resource breaks. */
  public List<String> validate(Map<String, Object> resource) {
    return evaluate(null, resource);
  }

  /** Messages of the rules an update from {@code old} to {@code updated} breaks. */
  public List<String> validateUpdate(Map<String, Object> old, Map<String, Object> updated) {
    return evaluate(old, updated);
  }

  private List<String> evaluate(Map<String, Object> old, Map<String, Object> updated) {
    Object newValue = StructuralDefaults.deepCopy(updated);
    Object oldValue = old == null ? null : StructuralDefaults.deepCopy(old);
    StructuralDefaults.apply(root, newValue);
    StructuralDefaults.apply(root, oldValue);
    List<String> messages = new ArrayList<>();
    visit(root, "", newValue, oldValue, messages);
    return messages;
  }

  private void visit(
      SchemaNode node, String path, Object value, Object oldValue, List<String> messages) {
    if (node == null || value == null) {
      return;
    }
    for (CrdRule rule : rulesByNode.getOrDefault(node.raw(), List.of())) {
      if (rule.isTransition() && oldValue == null) {
        continue;
      }
      check(rule, path, value, oldValue, messages);
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, SchemaNode> properties = node.properties();
      Map<?, ?> oldMap = oldValue instanceof Map<?, ?> m ? m : Map.of();
      map.forEach(
          (key, child) -> {
            SchemaNode childNode =
                properties.containsKey(key) ? properties.get(key) : node.additionalProperties();
            visit(childNode, path + "." + key, child, oldMap.get(key), messages);
          });
    } else if (value instanceof List<?> list) {
      // Atomic lists do not correlate items, so item rules never see an oldSelf.
      for (int i = 0; i < list.size(); i++) {
        visit(node.items(), path + "[" + i + "]", list.get(i), null, messages);
      }
    }
  }

  private void check(
      CrdRule rule, String path, Object value, Object oldValue, List<String> messages) {
    if (rule.ast() == null) {
      messages.add(path + ": rule does not compile: " + rule.compileError());
      return;
    }
    Map<String, Object> variables = new HashMap<>();
    variables.put("self", CelValues.of(rule.node(), value));
    if (rule.isTransition()) {
      variables.put("oldSelf", CelValues.of(rule.node(), oldValue));
    }
    try {
      Object result = runtime.createProgram(rule.ast()).eval(variables);
      if (!Boolean.TRUE.equals(result)) {
        messages.add(rule.message());
      }
    } catch (CelEvaluationException e) {
      messages.add(path + ": rule `" + rule.rule() + "` failed to evaluate: " + e.getMessage());
    }
  }

  private void collect(
      SchemaNode node, String path, boolean atomic, boolean unbounded, SchemaCelTypes types) {
    if (node == null) {
      return;
    }
    for (Map<String, Object> entry : node.validations()) {
      CelType selfType = types.typeOf(node, path);
      rules.add(new CrdRule(path, node, selfType, entry, atomic, unbounded, null, null));
    }
    node.properties()
        .forEach((name, child) -> collect(child, path + "." + name, atomic, unbounded, types));
    collect(node.additionalProperties(), path + ".values", atomic, true, types);
    if (node.items() != null) {
      collect(
          node.items(),
          path + ".items",
          atomic || node.listType().equals("atomic"),
          unbounded || node.number("maxItems") == null,
          types);
    }
  }

  private CrdRule compile(CelCompiler base, CrdRule rule) {
    CelCompiler compiler =
        base.toCompilerBuilder()
            .addVar("self", rule.selfType())
            .addVar("oldSelf", rule.selfType())
            .build();
    CelValidator validator =
        CelValidatorFactory.standardCelValidatorBuilder(compiler, runtime)
            .addAstValidators(RegexLiteralValidator.INSTANCE)
            .build();
    try {
      CelAbstractSyntaxTree ast = compiler.compile(rule.rule()).getAst();
      CelValidationResult checked = validator.validate(ast);
      if (checked.hasError()) {
        return withCompilation(rule, null, checked.getErrorString());
      }
      return withCompilation(rule, ast, null);
    } catch (CelValidationException e) {
      return withCompilation(rule, null, e.getMessage());
    }
  }

  private static CrdRule withCompilation(CrdRule rule, CelAbstractSyntaxTree ast, String error) {
    return new CrdRule(
        rule.path(),
        rule.node(),
        rule.selfType(),
        rule.entry(),
        rule.underAtomicList(),
        rule.underUnboundedList(),
        ast,
        error);
  }
}
