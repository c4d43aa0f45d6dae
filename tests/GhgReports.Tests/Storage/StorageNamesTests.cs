using System.Text.RegularExpressions;
using GhgReports.Intake;
using GhgReports.ReportingPack;
using GhgReports.Storage;
using Microsoft.Extensions.Configuration;

namespace GhgReports.Tests.Storage;

public sealed partial class StorageNamesTests
{
    [Fact]
    public void Queues_Defaults_AreNotificationsTheTriggerQueuesAndTheirPoisonQueues()
    {
        Assert.Equal(
            ["notifications", "pack-requests", "webjobs-blobtrigger-poison", "pack-requests-poison", "webjobs-blobtrigger-poison-poison"],
            new StorageNames().Queues);
        // The trigger attributes name these constants; the lists above must be the same names.
        Assert.Contains(PackGenerator.RequestQueue, StorageNames.TriggerQueues);
        Assert.Contains(PoisonMessage.Queue, StorageNames.TriggerQueues);
    }

    [Fact]
    public void FromConfiguration_NotificationsQueueSetting_NamesTheQueue_EmptyMeansTheDefault()
    {
        Assert.Equal("ghg-ready", StorageNames.FromConfiguration(Settings("ghg-ready")).NotificationsQueue);
        Assert.Equal("notifications", StorageNames.FromConfiguration(Settings("")).NotificationsQueue);
    }

    [Fact]
    public void Unique_EveryName_FollowsAzureNamingRules_AndIsNotADefault()
    {
        var unique = StorageNames.Unique("web");
        var defaults = new StorageNames();

        // Containers and queues: 3-63 lowercase letters, digits and single hyphens; tables: 3-63 letters and digits,
        // starting with a letter.
        Assert.All(unique.Containers.Concat(unique.Queues), name => Assert.Matches(ContainerOrQueueName(), name));
        Assert.All(unique.Tables, name => Assert.Matches(TableName(), name));
        Assert.Empty(unique.Containers.Intersect(defaults.Containers));
        Assert.Empty(unique.Tables.Intersect(defaults.Tables));
        Assert.Equal(StorageNames.TriggerQueues.Count * 2, unique.Queues.Intersect(defaults.Queues).Count());
    }

    [Fact]
    public void ProvisioningBackoff_After_DoublesFromTheFirstDelay_UpToTheLongest()
    {
        var backoff = new ProvisioningBackoff(TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(5));

        // 5, 10, 20, 40, 80, 160 s, then 320 s capped at 300 s; far later still 300 s.
        Assert.Equal(TimeSpan.FromSeconds(5), backoff.After(1));
        Assert.Equal(TimeSpan.FromSeconds(10), backoff.After(2));
        Assert.Equal(TimeSpan.FromSeconds(160), backoff.After(6));
        Assert.Equal(TimeSpan.FromMinutes(5), backoff.After(7));
        Assert.Equal(TimeSpan.FromMinutes(5), backoff.After(10_000));
    }

    private static IConfiguration Settings(string notificationsQueue) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["NotificationsQueue"] = notificationsQueue }).Build();

    [GeneratedRegex("^(?=.{3,63}$)[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex ContainerOrQueueName();

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{2,62}$")]
    private static partial Regex TableName();
}
