using System.Text.Json;
using GhgReports.Triggers;

namespace GhgReports.IntegrationTests;

/// <summary>Holds what a host declares to <see cref="AppTriggers.All"/>: the same functions, bindings and routes.</summary>
public static class TriggerParity
{
    private static readonly Dictionary<TriggerKind, (string Type, string Property)> FunctionsAppBinding = new()
    {
        [TriggerKind.Blob] = ("blobTrigger", "path"),
        [TriggerKind.Queue] = ("queueTrigger", "queueName"),
        [TriggerKind.Timer] = ("timerTrigger", "schedule"),
        [TriggerKind.Http] = ("httpTrigger", "route"),
    };

    /// <summary>Functions as the isolated worker describes them (functions.metadata, or its answer to the host).</summary>
    public static void AssertFunctionsApp(IEnumerable<(string Name, IEnumerable<JsonElement> Bindings)> functions)
    {
        var actual = functions.ToDictionary(f => f.Name, f => f.Bindings.Single(b => b.GetProperty("type").GetString()!.EndsWith("Trigger", StringComparison.Ordinal)));
        Assert.Equal(AppTriggers.All.Select(t => t.Function).Order(), actual.Keys.Order());
        foreach (var declared in AppTriggers.All)
        {
            var trigger = actual[declared.Function];
            var (type, property) = FunctionsAppBinding[declared.Kind];
            Assert.Equal((declared.Function, type, declared.Binding),
                (declared.Function, trigger.GetProperty("type").GetString(), trigger.GetProperty(property).GetString()));
            if (declared.Kind is TriggerKind.Blob or TriggerKind.Queue)
            {
                Assert.Equal(AppTriggers.Connection, trigger.GetProperty("connection").GetString());
            }
            if (declared.Kind == TriggerKind.Blob)
            {
                Assert.Equal((declared.Function, declared.EventGridSource ? "EventGrid" : "LogsAndContainerScan"),
                    (declared.Function, trigger.GetProperty("source").GetString()));
            }
            if (declared.Kind == TriggerKind.Http)
            {
                Assert.Equal(declared.Methods, trigger.GetProperty("methods").EnumerateArray().Select(m => m.GetString()));
                Assert.Equal(declared.Anonymous ? "Anonymous" : "Function", trigger.GetProperty("authLevel").GetString());
            }
        }
    }
}
