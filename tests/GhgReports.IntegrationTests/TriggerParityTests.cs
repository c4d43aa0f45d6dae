using System.Reflection;
using System.Text.Json;
using GhgReports.Cli.Local;
using GhgReports.Cli.Runner;
using GhgReports.Storage;
using GhgReports.Triggers;
using Microsoft.AspNetCore.Routing;
using Microsoft.Azure.WebJobs;

namespace GhgReports.IntegrationTests;

/// <summary>
/// The Functions app and the local runner run the same functions: both are held to the one declaration
/// (<see cref="AppTriggers"/>), so a trigger, path, schedule, queue or route that drifts in either fails here.
/// The published worker is held to it too (<see cref="PublishedWorkerTests"/>).
/// </summary>
public sealed class TriggerParityTests
{
    [Fact]
    public void FunctionsApp_BuildMetadata_IsTheDeclaration()
    {
        using var metadata = JsonDocument.Parse(File.ReadAllText(FunctionsMetadataTests.MetadataPath()));

        TriggerParity.AssertFunctionsApp(metadata.RootElement.EnumerateArray()
            .Select(f => (f.GetProperty("name").GetString()!, (IEnumerable<JsonElement>)f.GetProperty("bindings").EnumerateArray())));
    }

    [Fact]
    public void Runner_Triggers_AreTheDeclarationsItHosts()
    {
        var runner = typeof(RunnerFunctions).GetMethods()
            .Where(m => m.GetCustomAttribute<FunctionNameAttribute>() is not null)
            .ToDictionary(m => m.GetCustomAttribute<FunctionNameAttribute>()!.Name, Binding);
        var declared = AppTriggers.All.Where(t => t.Kind != TriggerKind.Http && t.Hosts == TriggerHosts.Both).ToDictionary(t => t.Function, t => (t.Kind, t.Binding));

        Assert.Equal(declared.OrderBy(p => p.Key), runner.OrderBy(p => p.Key));
    }

    [Fact]
    public void Runner_Connections_AreTheApp()
    {
        var connections = typeof(RunnerFunctions).GetMethods().SelectMany(m => m.GetParameters())
            .Select(p => p.GetCustomAttribute<BlobTriggerAttribute>()?.Connection ?? p.GetCustomAttribute<QueueTriggerAttribute>()?.Connection)
            .OfType<string>().Distinct();

        Assert.Equal([AppTriggers.Connection], connections);
    }

    [Fact]
    public async Task Runner_HttpRoutes_AreEveryDeclaredRoute()
    {
        await using var host = LocalHttp.Build(LocalSettings.For("UseDevelopmentStorage=true", StorageNames.Unique()), "http://127.0.0.1:0");
        var endpoints = ((IEndpointRouteBuilder)host).DataSources.SelectMany(source => source.Endpoints).OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IEndpointNameMetadata>() is not null)
            .ToDictionary(e => e.Metadata.GetMetadata<IEndpointNameMetadata>()!.EndpointName,
                e => (e.RoutePattern.RawText ?? "", string.Join(",", e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()!.HttpMethods)));
        var declared = AppTriggers.All.Where(t => t.Kind == TriggerKind.Http)
            .ToDictionary(t => t.Function, t => ("/api/" + t.Binding, string.Join(",", t.Methods!.Select(m => m.ToUpperInvariant()))));

        Assert.Equal(declared.OrderBy(p => p.Key), endpoints.OrderBy(p => p.Key));
    }

    private static (TriggerKind, string) Binding(MethodInfo method)
    {
        foreach (var parameter in method.GetParameters())
        {
            if (parameter.GetCustomAttribute<BlobTriggerAttribute>() is { } blob)
            {
                return (TriggerKind.Blob, blob.BlobPath);
            }
            if (parameter.GetCustomAttribute<QueueTriggerAttribute>() is { } queue)
            {
                return (TriggerKind.Queue, queue.QueueName);
            }
            if (parameter.GetCustomAttribute<TimerTriggerAttribute>() is { } timer)
            {
                return (TriggerKind.Timer, timer.ScheduleExpression);
            }
        }
        throw new InvalidOperationException($"{method.Name} has no trigger.");
    }
}
