using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using GhgReports.Cli.Local;
using GhgReports.Triggers;

namespace GhgReports.IntegrationTests;

/// <summary>
/// The library's types are internal unless another shipped project needs them: the Functions app and the CLI. A type
/// they name, or one a public member of such a type exposes (a property of a record, a parameter, a base type), must be
/// public; any other public type should be internal. The tests and benchmarks see internals through
/// <c>InternalsVisibleTo</c> and do not count.
/// </summary>
public sealed class PublicSurfaceTests
{
    private static readonly Assembly Library = typeof(AppTriggers).Assembly;

    [Fact]
    public void Every_public_library_type_is_reached_by_the_Functions_app_or_the_CLI()
    {
        var hosts = new[] { typeof(GhgReports.Functions.SubmissionUploaded).Assembly, typeof(Azurite).Assembly };
        var reached = Reach(hosts.SelectMany(NamedLibraryTypes).Concat(ConstantHolders()));

        var needless = Library.GetExportedTypes()
            .Where(t => !t.IsNested && !reached.Contains(t))
            .Select(t => t.FullName)
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(needless.Count == 0, $"Public, but neither host needs them (make them internal): {string.Join(", ", needless)}");
    }

    [Fact]
    public void The_hosts_reach_the_types_they_call()
    {
        var reached = Reach(NamedLibraryTypes(typeof(GhgReports.Functions.SubmissionUploaded).Assembly));

        // The check above is only as good as this walk: the app's triggers, and what their results expose, are in it;
        // what only internal code uses is not, even where a public type implements an internal interface.
        Assert.Contains(typeof(AppTriggers), reached);
        Assert.Contains(typeof(GhgReports.Intake.IntakeResult), reached);
        Assert.All(reached, t => Assert.True(t.IsVisible, t.FullName));
    }

    /// <summary>
    /// Public types that declare public constants. A constant is compiled into its caller, so a host that reads only a
    /// type's constants (the group's partition code, a header name) leaves no reference to the type in its metadata.
    /// Enums do not count: a member they read has the enum in its signature.
    /// </summary>
    private static IEnumerable<Type> ConstantHolders() =>
        Library.GetExportedTypes().Where(t => !t.IsEnum && t.GetFields(BindingFlags.Public | BindingFlags.Static).Any(f => f.IsLiteral));

    /// <summary>Library types a host assembly's metadata refers to (outermost type of each reference).</summary>
    private static IEnumerable<Type> NamedLibraryTypes(Assembly host)
    {
        using var file = File.OpenRead(host.Location);
        using var pe = new PEReader(file);
        var metadata = pe.GetMetadataReader();
        var library = Library.GetName().Name;
        var found = new List<Type>();
        foreach (var handle in metadata.TypeReferences)
        {
            var reference = metadata.GetTypeReference(handle);
            while (reference.ResolutionScope.Kind == HandleKind.TypeReference)
            {
                reference = metadata.GetTypeReference((TypeReferenceHandle)reference.ResolutionScope);
            }
            if (reference.ResolutionScope.Kind != HandleKind.AssemblyReference
                || metadata.GetString(metadata.GetAssemblyReference((AssemblyReferenceHandle)reference.ResolutionScope).Name) != library)
            {
                continue;
            }
            var name = $"{metadata.GetString(reference.Namespace)}.{metadata.GetString(reference.Name)}";
            found.Add(Library.GetType(name, throwOnError: true)!);
        }
        return found;
    }

    /// <summary>The named types and every library type their public surface exposes, transitively.</summary>
    private static HashSet<Type> Reach(IEnumerable<Type> named)
    {
        var reached = new HashSet<Type>();
        var pending = new Stack<Type>(named);
        while (pending.TryPop(out var type))
        {
            foreach (var exposed in Exposed(type).SelectMany(Constituents).Where(t => t.Assembly == Library && t.IsVisible))
            {
                var outermost = exposed;
                while (outermost.DeclaringType is { } outer) outermost = outer;
                if (reached.Add(outermost)) pending.Push(outermost);
                if (exposed != outermost && reached.Add(exposed)) pending.Push(exposed);
            }
        }
        return reached;
    }

    private const BindingFlags Surface = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static IEnumerable<Type> Exposed(Type type)
    {
        yield return type;
        if (type.BaseType is { } baseType) yield return baseType;
        foreach (var contract in type.GetInterfaces()) yield return contract;
        foreach (var nested in type.GetNestedTypes(BindingFlags.Public)) yield return nested;
        foreach (var member in type.GetMembers(Surface))
        {
            switch (member)
            {
                case FieldInfo field when field.IsPublic || field.IsFamily:
                    yield return field.FieldType;
                    break;
                case PropertyInfo property when (property.GetMethod ?? property.SetMethod) is { } accessor && (accessor.IsPublic || accessor.IsFamily):
                    yield return property.PropertyType;
                    break;
                case MethodBase method when method.IsPublic || method.IsFamily:
                    if (method is MethodInfo returning) yield return returning.ReturnType;
                    foreach (var parameter in method.GetParameters()) yield return parameter.ParameterType;
                    break;
                case EventInfo @event when @event.AddMethod is { IsPublic: true } && @event.EventHandlerType is { } handler:
                    yield return handler;
                    break;
            }
        }
    }

    /// <summary>A type and the types it is built from: element types and generic arguments.</summary>
    private static IEnumerable<Type> Constituents(Type type)
    {
        if (type.HasElementType)
        {
            foreach (var inner in Constituents(type.GetElementType()!)) yield return inner;
            yield break;
        }
        if (type.IsGenericParameter) yield break;
        yield return type.IsGenericType ? type.GetGenericTypeDefinition() : type;
        if (type.IsGenericType)
        {
            foreach (var argument in type.GetGenericArguments().SelectMany(Constituents)) yield return argument;
        }
    }
}
