using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace GhgReports.Tests.Infra;

/// <summary>A resource of a compiled ARM template, as declared: evaluate <see cref="Instances"/> to learn what it deploys.</summary>
internal sealed record ArmResource(string Type, JsonObject Definition, ArmScope Scope)
{
    /// <summary>What it deploys: one instance, one per copy index, or none when its condition is false.</summary>
    public IEnumerable<ArmInstance> Instances()
    {
        var count = Definition["copy"] is JsonObject copy ? Convert.ToInt32(Scope.Evaluate(copy["count"]), CultureInfo.InvariantCulture) : (int?)null;
        foreach (var scope in count is null ? [Scope] : Enumerable.Range(0, count.Value).Select(Scope.WithCopyIndex))
        {
            if (Definition["condition"] is { } condition && scope.Evaluate(condition) is not true)
            {
                continue;
            }
            yield return new ArmInstance((string)scope.Evaluate(Definition["name"])!, () => scope.Evaluate(Definition["properties"]));
        }
    }
}

internal sealed record ArmInstance(string Name, Func<object?> Properties)
{
    /// <summary>The last segment: a child resource is named "account/default/container".</summary>
    public string LeafName => Name[(Name.LastIndexOf('/') + 1)..];
}

/// <summary>
/// An object value. Members are evaluated when read, so an app settings block can be read for the names it sets
/// without evaluating the settings that only a deployment knows (endpoints from reference(), identity ids).
/// </summary>
internal sealed class ArmObject(IReadOnlyDictionary<string, Func<object?>> members)
{
    public IEnumerable<string> Names => members.Keys;

    public bool Has(string name) => members.ContainsKey(name);

    public object? this[string name] => members.TryGetValue(name, out var value)
        ? value()
        : throw new KeyNotFoundException($"The object has no member '{name}'.");

    public static ArmObject Of(IEnumerable<KeyValuePair<string, Func<object?>>> members)
    {
        var map = new Dictionary<string, Func<object?>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in members)
        {
            map[name] = value;
        }
        return new ArmObject(map);
    }
}

/// <summary>
/// Where an ARM expression is evaluated: one deployment's template and parameters, and the copy index of the resource
/// being expanded. Implements only the functions our compiled Bicep uses on the way to storage names and app
/// settings; any other function throws, so the parity test fails loudly instead of guessing. Two functions whose value
/// only Azure knows are stand-ins: subscription() is a fixed, all-zero subscription, and uniqueString() hashes its
/// arguments into the same shape as Azure's (13 lowercase letters and digits), not the same value.
/// </summary>
internal sealed class ArmScope
{
    private readonly JsonObject _template;
    private readonly Func<string, Func<object?>?> _given;
    private readonly int? _copyIndex;

    private ArmScope(JsonObject template, Func<string, Func<object?>?> given, int? copyIndex)
    {
        _template = template;
        _given = given;
        _copyIndex = copyIndex;
    }

    /// <summary>The resources of a template and of every nested deployment in it, whose parameters are given as strings.</summary>
    public static IReadOnlyList<ArmResource> Resources(JsonObject template, IReadOnlyDictionary<string, string> parameters) =>
        new ArmScope(template, name => parameters.TryGetValue(name, out var value) ? () => value : null, null).Resources();

    public ArmScope WithCopyIndex(int index) => new(_template, _given, index);

    private List<ArmResource> Resources()
    {
        var resources = new List<ArmResource>();
        // languageVersion 2.0 templates key resources by symbolic name; older ones list them.
        var declared = _template["resources"] switch
        {
            JsonArray list => list.OfType<JsonObject>(),
            JsonObject byName => byName.Select(p => p.Value).OfType<JsonObject>(),
            _ => [],
        };
        foreach (var definition in declared)
        {
            var resource = new ArmResource((string)definition["type"]!, definition, this);
            resources.Add(resource);
            if (resource.Type.Equals("Microsoft.Resources/deployments", StringComparison.OrdinalIgnoreCase))
            {
                foreach (var instance in resource.Instances())
                {
                    resources.AddRange(Nested(definition, instance).Resources());
                }
            }
        }
        return resources;
    }

    /// <summary>A nested deployment: its parameters are evaluated where the deployment is declared (Bicep's "inner" scope).</summary>
    private ArmScope Nested(JsonObject deployment, ArmInstance instance)
    {
        var properties = deployment["properties"]!.AsObject();
        if ((string?)properties["expressionEvaluationOptions"]?["scope"] != "inner")
        {
            throw new NotSupportedException($"Deployment '{instance.Name}' is not evaluated in the inner scope.");
        }
        var outer = deployment["copy"] is null ? this : throw new NotSupportedException($"Deployment loops ('{instance.Name}') are not evaluated here.");
        var values = properties["parameters"]?.AsObject();
        var template = properties["template"] as JsonObject ?? throw new NotSupportedException($"Deployment '{instance.Name}' has no inline template.");
        return new ArmScope(template, name => Member(values, name) is JsonObject given
            ? () => outer.Evaluate(given["value"] ?? throw new NotSupportedException($"Parameter '{name}' of '{instance.Name}' is not a value."))
            : null, null);
    }

    public object? Evaluate(JsonNode? node) => node switch
    {
        null => null,
        JsonObject obj => ArmObject.Of(obj.Select(p => new KeyValuePair<string, Func<object?>>(p.Key, () => Evaluate(p.Value)))),
        JsonArray array => array.Select(Evaluate).ToList(),
        JsonValue value when value.TryGetValue<string>(out var text) => text switch
        {
            // "[[" escapes a literal string that starts with "[".
            _ when text.StartsWith("[[", StringComparison.Ordinal) => text[1..],
            _ when text.StartsWith('[') && text.EndsWith(']') => new ArmExpressionParser(text[1..^1], this).Parse()(),
            _ => text,
        },
        JsonValue value when value.TryGetValue<bool>(out var flag) => flag,
        JsonValue value => value.GetValue<long>(),
        _ => throw new NotSupportedException(node.ToJsonString()),
    };

    public object? Parameter(string name)
    {
        if (_given(name) is { } given)
        {
            return given();
        }
        return Member(_template["parameters"]?.AsObject(), name) is JsonObject declared && declared.ContainsKey("defaultValue")
            ? Evaluate(declared["defaultValue"])
            : throw new InvalidOperationException($"Parameter '{name}' has no value and no default.");
    }

    public object? Variable(string name)
    {
        var variables = _template["variables"]?.AsObject();
        if (variables?.ContainsKey("copy") == true)
        {
            throw new NotSupportedException("Variable loops (Bicep for-expressions in variables) are not evaluated here.");
        }
        return variables is not null && Member(variables, name) is { } value
            ? Evaluate(value)
            : throw new InvalidOperationException($"Variable '{name}' is not declared.");
    }

    public int CopyIndex() => _copyIndex ?? throw new InvalidOperationException("copyIndex() outside a copy loop.");

    /// <summary>ARM names (parameters, variables, properties) are case-insensitive.</summary>
    private static JsonNode? Member(JsonObject? obj, string name) =>
        obj?.FirstOrDefault(p => p.Key.Equals(name, StringComparison.OrdinalIgnoreCase)).Value;

    /// <summary>The stand-in described on the class: deterministic, 13 characters, never Azure's actual value.</summary>
    public static string UniqueString(IEnumerable<string> values)
    {
        const string alphabet = "abcdefghijklmnopqrstuvwxyz234567";
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("|", values)));
        return string.Concat(hash.Take(13).Select(b => alphabet[b % alphabet.Length]));
    }

    public static ArmObject Subscription() => ArmObject.Of(new Dictionary<string, Func<object?>>
    {
        ["id"] = () => "/subscriptions/00000000-0000-0000-0000-000000000000",
        ["subscriptionId"] = () => "00000000-0000-0000-0000-000000000000",
        ["tenantId"] = () => "00000000-0000-0000-0000-000000000000",
    });
}
