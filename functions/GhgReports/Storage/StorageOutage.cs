using System.Net.Sockets;
using Azure;

namespace GhgReports.Storage;

/// <summary>
/// Tells a storage outage (the account unreachable, or answering that it is unavailable) from a request storage refused.
/// An outage is nobody's mistake and passes by itself: the API answers 503 with a time to retry, and triggers wait and
/// retry, where a refusal (404, 409, 412) is decided where it happens.
/// </summary>
public static class StorageOutage
{
    /// <summary>What the API tells a client to wait before trying again.</summary>
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(30);

    /// <summary>Unreachable, or storage answered 500, 502, 503 or 504 after the client's own retries.</summary>
    public static bool IsOutage(Exception exception) =>
        IsUnreachable(exception)
        || exception is RequestFailedException { Status: 500 or 502 or 503 or 504 }
        || (exception is AggregateException { InnerExceptions.Count: > 0 } aggregate && aggregate.InnerExceptions.All(IsOutage));

    /// <summary>
    /// No answer at all: the connection was refused, reset or timed out. The SDK reports it as a request with status 0
    /// over the transport's exception, and as an aggregate of those once its own retries are spent.
    /// </summary>
    public static bool IsUnreachable(Exception exception) => exception switch
    {
        AggregateException { InnerExceptions.Count: > 0 } aggregate => aggregate.InnerExceptions.All(IsUnreachable),
        RequestFailedException { Status: 0, InnerException: { } inner } => IsTransport(inner),
        _ => IsTransport(exception),
    };

    private static bool IsTransport(Exception exception) =>
        exception is HttpRequestException or SocketException or IOException
        // The SDK's network timeout: a cancellation nobody asked for, over a TimeoutException.
        || exception is OperationCanceledException { InnerException: TimeoutException };
}
