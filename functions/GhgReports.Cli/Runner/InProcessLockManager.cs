using Microsoft.Azure.WebJobs.Host;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GhgReports.Cli.Runner;

// The SDK marks its lock interfaces "not ready for public consumption", yet they are how a host chooses its singleton
// locks (the Functions host implements them too); nothing else offers that choice.
#pragma warning disable CS0618
/// <summary>
/// The runner's singleton locks (timer triggers run once at a time), held in the process. The SDK's own lock manager
/// leases blobs through the old storage library, whose failed lease renewal ends the process when storage is down; a
/// local runner is one process, so an in-process lock is the same guarantee.
/// </summary>
internal sealed class InProcessLockManager : IDistributedLockManager
{
    public static void Replace(IServiceCollection services)
    {
        services.RemoveAll<IDistributedLockManager>();
        services.AddSingleton<IDistributedLockManager, InProcessLockManager>();
    }

    private readonly Dictionary<string, InProcessLock> _held = new(StringComparer.Ordinal);

    public Task<IDistributedLock> TryLockAsync(string account, string lockId, string lockOwnerId, string proposedLeaseId,
        TimeSpan lockPeriod, CancellationToken cancellationToken)
    {
        lock (_held)
        {
            if (_held.ContainsKey(lockId))
            {
                return Task.FromResult<IDistributedLock>(null!);
            }
            var held = new InProcessLock(lockId, lockOwnerId);
            _held[lockId] = held;
            return Task.FromResult<IDistributedLock>(held);
        }
    }

    public Task<bool> RenewAsync(IDistributedLock lockHandle, CancellationToken cancellationToken) => Task.FromResult(true);

    public Task ReleaseLockAsync(IDistributedLock lockHandle, CancellationToken cancellationToken)
    {
        lock (_held)
        {
            _held.Remove(lockHandle.LockId);
        }
        return Task.CompletedTask;
    }

    public Task<string> GetLockOwnerAsync(string account, string lockId, CancellationToken cancellationToken)
    {
        lock (_held)
        {
            return Task.FromResult(_held.TryGetValue(lockId, out var held) ? held.Owner : null!);
        }
    }

    private sealed record InProcessLock(string LockId, string Owner) : IDistributedLock
    {
        /// <summary>Never lost: nothing outside the process can take it.</summary>
        public Task LeaseLost { get; } = new TaskCompletionSource().Task;
    }
}
