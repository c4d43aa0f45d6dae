using GhgReports.Access;
using GhgReports.Storage;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;

namespace GhgReports.Functions;

/// <summary>
/// Storage down or unreachable under an HTTP route: 503 in both languages with Retry-After, as the local runner
/// answers, instead of a bare 500. Other triggers let the failure through, so the host retries them.
/// </summary>
public sealed class StorageOutageAnswer : IFunctionsWorkerMiddleware
{
    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (Exception ex) when (StorageOutage.IsOutage(ex) && context.GetHttpContext() is { Response.HasStarted: false } http)
        {
            var answer = WebApi.StorageUnavailable();
            http.Response.Headers.RetryAfter = ((int)StorageOutage.RetryAfter.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
            context.GetInvocationResult().Value = WebFunctions.Send(answer);
        }
    }
}
