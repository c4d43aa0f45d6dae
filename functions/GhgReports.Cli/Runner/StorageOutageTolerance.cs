using Azure.Core;
using Azure.Core.Pipeline;
using GhgReports.Storage;
using Microsoft.Extensions.Azure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GhgReports.Cli.Runner;

/// <summary>
/// Keeps the runner's triggers alive through a storage outage. The WebJobs SDK's listeners treat an unreachable
/// account as fatal: the blob scan rethrows it and the process ends (the Functions platform restarts its host; a local
/// runner would just be gone). The clients the SDK builds for its listeners therefore wait for storage instead,
/// retrying with a capped backoff until it answers or the host stops. Our own services' clients are not affected: they
/// fail at once, so the API answers 503 and a trigger's invocation fails and is retried.
/// </summary>
internal static class StorageOutageTolerance
{
    /// <summary>Wraps the component factory the WebJobs storage extensions build their clients with.</summary>
    public static IServiceCollection AddOutageTolerantTriggers(this IServiceCollection services)
    {
        var registered = services.LastOrDefault(d => d.ServiceType == typeof(AzureComponentFactory))
                         ?? throw new InvalidOperationException("The WebJobs storage extensions registered no AzureComponentFactory.");
        services.Remove(registered);
        InProcessLockManager.Replace(services);
        services.AddSingleton<AzureComponentFactory>(provider => new WaitingComponentFactory(
            (AzureComponentFactory)(registered.ImplementationInstance
                                    ?? registered.ImplementationFactory?.Invoke(provider)
                                    ?? ActivatorUtilities.CreateInstance(provider, registered.ImplementationType!)),
            new WaitForStoragePolicy(provider.GetRequiredService<ILogger<WaitForStoragePolicy>>(), provider.GetRequiredService<TimeProvider>())));
        return services;
    }

    private sealed class WaitingComponentFactory(AzureComponentFactory inner, HttpPipelinePolicy policy) : AzureComponentFactory
    {
        public override TokenCredential CreateTokenCredential(IConfiguration configuration) => inner.CreateTokenCredential(configuration);

        public override object CreateClientOptions(Type optionsType, object? serviceVersion, IConfiguration configuration)
        {
            var options = inner.CreateClientOptions(optionsType, serviceVersion, configuration);
            // Around the SDK's own retries: those handle a blip, this an outage.
            ((ClientOptions)options).AddPolicy(policy, HttpPipelinePosition.PerCall);
            return options;
        }

        public override object CreateClient(Type clientType, IConfiguration configuration, TokenCredential? credential, object clientOptions) =>
            inner.CreateClient(clientType, configuration, credential!, clientOptions);
    }
}

/// <summary>Retries a request whose storage account cannot be reached, 1 s, 2 s, … up to 30 s apart, until it answers or the caller cancels.</summary>
internal sealed partial class WaitForStoragePolicy(ILogger<WaitForStoragePolicy> logger, TimeProvider clock) : HttpPipelinePolicy
{
    private static readonly TimeSpan FirstWait = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan LongestWait = TimeSpan.FromSeconds(30);

    /// <summary>Requests waiting now, across every client: the first to wait and the last to get through are logged.</summary>
    private int _waiting;
    private long _outageStarted;

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
        await SendAsync(message, pipeline, async: true).ConfigureAwait(false);

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
        SendAsync(message, pipeline, async: false).AsTask().GetAwaiter().GetResult();

    private async ValueTask SendAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline, bool async)
    {
        var wait = FirstWait;
        var waited = false;
        try
        {
            while (true)
            {
                try
                {
                    if (async)
                    {
                        await ProcessNextAsync(message, pipeline).ConfigureAwait(false);
                    }
                    else
                    {
                        ProcessNext(message, pipeline);
                    }
                    return;
                }
                catch (Exception ex) when (StorageOutage.IsUnreachable(ex) && !message.CancellationToken.IsCancellationRequested)
                {
                    if (!waited)
                    {
                        waited = true;
                        if (Interlocked.Increment(ref _waiting) == 1)
                        {
                            Interlocked.Exchange(ref _outageStarted, clock.GetTimestamp());
                            LogUnreachable(message.Request.Uri.Host + ":" + message.Request.Uri.Port);
                        }
                    }
                    await Task.Delay(wait, clock, message.CancellationToken).ConfigureAwait(false);
                    wait = wait * 2 < LongestWait ? wait * 2 : LongestWait;
                }
            }
        }
        finally
        {
            if (waited && Interlocked.Decrement(ref _waiting) == 0 && !message.CancellationToken.IsCancellationRequested)
            {
                LogBack(clock.GetElapsedTime(Interlocked.Read(ref _outageStarted)).TotalSeconds);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Storage at {Endpoint} is unreachable; the triggers wait for it and retry (every 30 s at most)")]
    private partial void LogUnreachable(string endpoint);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Storage is reachable again after {Seconds:0} s; the triggers carry on")]
    private partial void LogBack(double seconds);
}

