using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GhgReports.Storage;

/// <summary>How long start-up provisioning waits after a failure: doubling from <see cref="First"/> up to <see cref="Longest"/>.</summary>
internal sealed record ProvisioningBackoff(TimeSpan First, TimeSpan Longest)
{
    /// <summary>In Azure a new identity's data roles can take minutes to apply; a few minutes between tries is enough.</summary>
    public static ProvisioningBackoff Default { get; } = new(TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(5));

    public TimeSpan After(int failures) =>
        TimeSpan.FromMilliseconds(Math.Min(Longest.TotalMilliseconds, First.TotalMilliseconds * Math.Pow(2, failures - 1)));
}

/// <summary>
/// Runs <see cref="StorageProvisioning"/> when a host starts, in the background, until it succeeds once. Storage that is
/// unreachable or refuses us at start (roles not yet applied, a network blip longer than the client's own retries)
/// must not take the process down: the triggers wait for their queues and containers anyway, and everything else can
/// still start. So every failure is a warning and another try later, never an exception out of the host. This is the
/// one retry loop outside the clients' pipelines: theirs span seconds, a role assignment taking effect spans minutes.
/// </summary>
internal sealed partial class StorageProvisioningAtStart(
    Func<StorageProvisioning> provisioning, TimeProvider clock, ILogger<StorageProvisioningAtStart> logger, ProvisioningBackoff? backoff = null)
    : BackgroundService
{
    private readonly ProvisioningBackoff _backoff = backoff ?? ProvisioningBackoff.Default;
    private readonly TaskCompletionSource _provisioned = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Done once a try has succeeded; for tests and for whoever wants to wait for it.</summary>
    public Task Provisioned => _provisioned.Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Let the host's start finish before the first network call.
        await Task.Yield();
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // Building the clients is inside the try: a malformed storage setting fails here, and is logged like the rest.
                var created = await provisioning().CreateMissingAsync(stoppingToken).ConfigureAwait(false);
                LogProvisioned(created.Count, string.Join(", ", created));
                _provisioned.TrySetResult();
                return;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // Whatever the type: logged and tried again, never thrown to the host.
                failures++;
                var delay = _backoff.After(failures);
                LogFailed(ex, failures, delay);
                try
                {
                    await Task.Delay(delay, clock, stoppingToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Storage provisioned: {Count} created ({Created})")]
    private partial void LogProvisioned(int count, string created);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Storage provisioning failed (attempt {Attempt}); trying again in {Delay}")]
    private partial void LogFailed(Exception exception, int attempt, TimeSpan delay);
}
