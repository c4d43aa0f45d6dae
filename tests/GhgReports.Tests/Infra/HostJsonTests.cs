using System.Text.Json;

namespace GhgReports.Tests.Infra;

/// <summary>
/// host.json sizes the generation work for a Flex Consumption instance: how many pack-requests messages one instance
/// runs at once, how often a failing one is retried before it goes to the poison queue (where PoisonedPackRequest
/// records it in its run), and how long a PDF-heavy invocation may take.
/// </summary>
public sealed class HostJsonTests
{
    private static readonly JsonElement Host = Read();

    [Fact]
    public void QueueBatches_KeepAnInstanceToAFewPacksAtOnce()
    {
        var queues = Host.GetProperty("extensions").GetProperty("queues");
        var batch = queues.GetProperty("batchSize").GetInt32();
        var threshold = queues.GetProperty("newBatchThreshold").GetInt32();

        // A pack with its two report PDFs peaks at a few hundred MB (docs/benchmarks.md); at most batchSize +
        // newBatchThreshold run at once on one instance, which must fit the 2,048 MB Flex Consumption instance.
        Assert.InRange(batch + threshold, 2, 8);
        Assert.InRange(threshold, 0, batch);
    }

    [Fact]
    public void FailingRequests_GoToThePoisonQueueAfterFiveTries()
    {
        Assert.Equal(5, Host.GetProperty("extensions").GetProperty("queues").GetProperty("maxDequeueCount").GetInt32());
    }

    [Fact]
    public void FunctionTimeout_IsSetForPdfWork_WithinWhatFlexConsumptionAllows()
    {
        var timeout = TimeSpan.Parse(Host.GetProperty("functionTimeout").GetString()!, System.Globalization.CultureInfo.InvariantCulture);

        // Flex Consumption: default 30 min, no maximum, but a worker may be recycled after 60 min idle or scale-in grace;
        // a group pack of 2,000 members must finish well inside that, and more than the 5-minute default of the old plan.
        Assert.InRange(timeout, TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(60));
    }

    private static JsonElement Read()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "functions", "GhgReports.Functions", "host.json");
            if (File.Exists(path))
            {
                return JsonDocument.Parse(File.ReadAllText(path)).RootElement.Clone();
            }
        }
        throw new InvalidOperationException("functions/GhgReports.Functions/host.json not found above " + AppContext.BaseDirectory);
    }
}
