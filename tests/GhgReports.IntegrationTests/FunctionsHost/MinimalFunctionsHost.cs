using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.Json;
using GhgReports.IntegrationTests.FunctionsHost.Protocol;
using Grpc.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GhgReports.IntegrationTests.FunctionsHost;

/// <summary>
/// Plays the Azure Functions host for the published worker: serves <c>FunctionRpc.EventStream</c> over HTTP/2 without
/// TLS on a loopback port, starts the worker process with the arguments and environment the host gives it, asks it
/// for its functions' metadata, loads them, and invokes them. HTTP triggers are forwarded as the host forwards them
/// to the worker's ASP.NET Core listener (the <c>HttpUri</c> capability), correlated by <c>x-ms-invocation-id</c>.
/// What the real host adds is not here: trigger listeners, retries and poison queues, function keys, Event Grid.
/// </summary>
public sealed class MinimalFunctionsHost : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly WorkerSession session;
    private readonly WebApplication server;
    private readonly Process worker;
    private readonly HttpClient http = new() { Timeout = TimeSpan.FromSeconds(120) };

    private MinimalFunctionsHost(WorkerSession session, WebApplication server, Process worker, IReadOnlyDictionary<string, RpcFunctionMetadata> functions,
        IReadOnlyDictionary<string, string> capabilities)
    {
        this.session = session;
        this.server = server;
        this.worker = worker;
        Functions = functions;
        Capabilities = capabilities;
    }

    /// <summary>The worker's functions by name, as it indexed them (what the host would read instead of functions.metadata).</summary>
    public IReadOnlyDictionary<string, RpcFunctionMetadata> Functions { get; }

    /// <summary>What the worker declared in its init response.</summary>
    public IReadOnlyDictionary<string, string> Capabilities { get; }

    /// <summary>The worker's own HTTP listener (ASP.NET Core integration), where the host forwards HTTP triggers.</summary>
    public Uri HttpUri => new(Capabilities["HttpUri"]);

    /// <summary>Everything the worker logged through the stream and printed: for a failing test's message.</summary>
    public string Output => session.Output;

    /// <summary>Starts the worker in <paramref name="appDirectory"/> (a published Functions app) and loads every function.</summary>
    public static async Task<MinimalFunctionsHost> StartAsync(string appDirectory, IReadOnlyDictionary<string, string?> settings)
    {
        var session = new WorkerSession();
        var server = StartServer(session);
        await server.StartAsync();
        var address = server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        var requestId = Guid.NewGuid().ToString();
        var worker = StartWorker(appDirectory, address, requestId, settings, session);
        try
        {
            using var timeout = new CancellationTokenSource(StartTimeout);
            // A worker whose start fails (a setting refused) ends before it connects: say so with what it printed.
            var exited = worker.WaitForExitAsync(timeout.Token);
            if (await Task.WhenAny(session.Connected, exited) == exited)
            {
                await exited;
                throw new WorkerExitedException(worker.ExitCode, session.Output);
            }
            await session.Connected.WaitAsync(timeout.Token);
            var init = await session.RequestAsync(new StreamingMessage
            {
                RequestId = requestId,
                WorkerInitRequest = new WorkerInitRequest { HostVersion = "4.0.0", WorkerDirectory = appDirectory, FunctionAppDirectory = appDirectory },
            }, StreamingMessage.ContentOneofCase.WorkerInitResponse, timeout.Token);
            Succeeded(init.WorkerInitResponse.Result, "worker init", session);
            var metadata = await session.RequestAsync(new StreamingMessage
            {
                RequestId = Guid.NewGuid().ToString(),
                FunctionsMetadataRequest = new FunctionsMetadataRequest { FunctionAppDirectory = appDirectory },
            }, StreamingMessage.ContentOneofCase.FunctionMetadataResponse, timeout.Token);
            Succeeded(metadata.FunctionMetadataResponse.Result, "function metadata", session);
            var functions = new Dictionary<string, RpcFunctionMetadata>(StringComparer.Ordinal);
            foreach (var function in metadata.FunctionMetadataResponse.FunctionMetadataResults)
            {
                await LoadAsync(session, function, timeout.Token);
                functions[function.Name] = function;
            }
            if (init.WorkerInitResponse.Capabilities.TryGetValue("HttpUri", out var httpUri))
            {
                await WaitForListenerAsync(new Uri(httpUri), timeout.Token);
            }
            return new MinimalFunctionsHost(session, server, worker, functions, init.WorkerInitResponse.Capabilities);
        }
        catch
        {
            await StopAsync(worker, server);
            throw;
        }
    }

    /// <summary>Invokes a function as the host does when its trigger fires; the response says whether it succeeded.</summary>
    public Task<InvocationResponse> InvokeAsync(string function, IEnumerable<ParameterBinding> inputs, IReadOnlyDictionary<string, TypedData>? triggerMetadata = null) =>
        InvokeAsync(function, Guid.NewGuid().ToString(), inputs, triggerMetadata);

    /// <summary>
    /// An HTTP-triggered function, as the host runs one with the ASP.NET Core integration: the invocation request over
    /// the stream (route values in its trigger metadata) and, at the same time, the request itself to the worker's
    /// listener with the invocation id in <c>x-ms-invocation-id</c>.
    /// </summary>
    public async Task<(HttpResponseMessage Response, InvocationResponse Invocation)> SendHttpAsync(string function, HttpRequestMessage request,
        IReadOnlyDictionary<string, string>? routeValues = null)
    {
        var invocationId = Guid.NewGuid().ToString();
        var url = new Uri(HttpUri, request.RequestUri!);
        request.RequestUri = url;
        request.Headers.Add("x-ms-invocation-id", invocationId);
        var metadata = (routeValues ?? new Dictionary<string, string>()).ToDictionary(p => p.Key, p => new TypedData { String = p.Value });
        var requestBinding = new ParameterBinding
        {
            Name = HttpTriggerParameter(function),
            Data = new TypedData { Http = new RpcHttp { Method = request.Method.Method, Url = url.ToString() } },
        };
        var invocation = InvokeAsync(function, invocationId, [requestBinding], metadata);
        var response = await http.SendAsync(request);
        return (response, await invocation);
    }

    /// <summary>Model binding data for an SDK-type blob parameter (BlobClient): what the host sends instead of the bytes.</summary>
    public static TypedData BlobReference(string connection, string container, string blobName) => new()
    {
        ModelBindingData = new ModelBindingData
        {
            Version = "1.0",
            Source = "AzureStorageBlobs",
            ContentType = "application/json",
            Content = Google.Protobuf.ByteString.CopyFromUtf8(JsonSerializer.Serialize(new { Connection = connection, ContainerName = container, BlobName = blobName })),
        },
    };

    public async ValueTask DisposeAsync()
    {
        http.Dispose();
        await StopAsync(worker, server);
    }

    private async Task<InvocationResponse> InvokeAsync(string function, string invocationId, IEnumerable<ParameterBinding> inputs,
        IReadOnlyDictionary<string, TypedData>? triggerMetadata)
    {
        var request = new InvocationRequest
        {
            InvocationId = invocationId,
            FunctionId = Functions[function].FunctionId,
            TraceContext = new RpcTraceContext(),
        };
        request.InputData.AddRange(inputs);
        foreach (var (name, value) in triggerMetadata ?? new Dictionary<string, TypedData>())
        {
            request.TriggerMetadata[name] = value;
        }
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var response = await session.InvokeAsync(new StreamingMessage { RequestId = Guid.NewGuid().ToString(), InvocationRequest = request }, timeout.Token);
        return response.InvocationResponse;
    }

    private string HttpTriggerParameter(string function) =>
        Functions[function].RawBindings.Select(raw => JsonDocument.Parse(raw).RootElement)
            .Single(b => b.GetProperty("type").GetString() == "httpTrigger").GetProperty("name").GetString()!;

    /// <summary>The host turns the worker's raw binding JSON into typed binding info before it asks the worker to load.</summary>
    private static async Task LoadAsync(WorkerSession session, RpcFunctionMetadata function, CancellationToken cancellationToken)
    {
        var load = new FunctionLoadRequest { FunctionId = function.FunctionId, Metadata = function.Clone() };
        foreach (var raw in function.RawBindings)
        {
            var binding = JsonDocument.Parse(raw).RootElement;
            var direction = binding.GetProperty("direction").GetString()!.ToLowerInvariant() switch
            {
                "in" => BindingInfo.Types.Direction.In,
                "out" => BindingInfo.Types.Direction.Out,
                _ => BindingInfo.Types.Direction.Inout,
            };
            load.Metadata.Bindings[binding.GetProperty("name").GetString()!] = new BindingInfo { Type = binding.GetProperty("type").GetString()!, Direction = direction };
        }
        var response = await session.RequestAsync(new StreamingMessage { RequestId = Guid.NewGuid().ToString(), FunctionLoadRequest = load },
            StreamingMessage.ContentOneofCase.FunctionLoadResponse, cancellationToken, function.FunctionId);
        Succeeded(response.FunctionLoadResponse.Result, $"loading {function.Name}", session);
    }

    /// <summary>The worker announces its HTTP listener before Kestrel has bound it; forward nothing until it accepts.</summary>
    private static async Task WaitForListenerAsync(Uri uri, CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                using var client = new System.Net.Sockets.TcpClient();
                await client.ConnectAsync(uri.Host, uri.Port, cancellationToken);
                return;
            }
            catch (System.Net.Sockets.SocketException)
            {
                await Task.Delay(100, cancellationToken);
            }
        }
    }

    private static void Succeeded(StatusResult result, string step, WorkerSession session)
    {
        if (result.Status != StatusResult.Types.Status.Success)
        {
            throw new InvalidOperationException($"The worker failed {step}: {result.Exception?.Message}\n{session.Output}");
        }
    }

    /// <summary>The worker ended before it connected to the host, as a worker whose start failed does.</summary>
    public sealed class WorkerExitedException(int exitCode, string output)
        : Exception($"The worker exited with {exitCode} before connecting:\n{output}")
    {
        public int ExitCode { get; } = exitCode;
        public string Output { get; } = output;
    }

    private static WebApplication StartServer(WorkerSession session)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        // The host listens for its workers over HTTP/2 without TLS, on the loopback address only.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.Protocols = HttpProtocols.Http2));
        builder.Services.AddGrpc(options => options.MaxReceiveMessageSize = null);
        builder.Services.AddSingleton(session);
        var app = builder.Build();
        app.MapGrpcService<EventStreamService>();
        return app;
    }

    private static Process StartWorker(string appDirectory, string hostAddress, string requestId, IReadOnlyDictionary<string, string?> settings, WorkerSession session)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = appDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
                 {
                     Path.Combine(appDirectory, "GhgReports.Functions.dll"), "--functions-uri", hostAddress + "/", "--functions-worker-id",
                     Guid.NewGuid().ToString(), "--functions-request-id", requestId, "--functions-grpc-max-message-length", "2147483647",
                 })
        {
            info.ArgumentList.Add(argument);
        }
        // The host hands app settings to the worker as environment variables: ':' in a name becomes '__'.
        foreach (var (name, value) in settings)
        {
            info.Environment[name.Replace(":", "__", StringComparison.Ordinal)] = value;
        }
        info.Environment["FUNCTIONS_WORKER_RUNTIME"] = "dotnet-isolated";
        info.Environment["FUNCTIONS_APPLICATION_DIRECTORY"] = appDirectory;
        info.Environment["FUNCTIONS_WORKER_DIRECTORY"] = appDirectory;
        info.Environment["AzureWebJobsScriptRoot"] = appDirectory;
        var process = Process.Start(info) ?? throw new InvalidOperationException("The worker process did not start.");
        process.OutputDataReceived += (_, e) => session.Record(e.Data);
        process.ErrorDataReceived += (_, e) => session.Record(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task StopAsync(Process worker, WebApplication server)
    {
        if (!worker.HasExited)
        {
            worker.Kill(entireProcessTree: true);
            await worker.WaitForExitAsync();
        }
        worker.Dispose();
        await server.StopAsync();
        await server.DisposeAsync();
    }

    /// <summary>The one stream with the worker: requests go out in order through one writer; answers are matched to them.</summary>
    private sealed class WorkerSession
    {
        private readonly System.Threading.Channels.Channel<StreamingMessage> outgoing = System.Threading.Channels.Channel.CreateUnbounded<StreamingMessage>();
        private readonly ConcurrentDictionary<string, TaskCompletionSource<StreamingMessage>> pending = new();
        private readonly TaskCompletionSource<string> connected = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly ConcurrentQueue<string> output = new();

        public Task<string> Connected => connected.Task;

        public string Output => string.Join('\n', output);

        public void Record(string? line)
        {
            if (line is not null)
            {
                output.Enqueue(line);
            }
        }

        public Task<StreamingMessage> RequestAsync(StreamingMessage request, StreamingMessage.ContentOneofCase answer, CancellationToken cancellationToken,
            string? key = null) => SendAsync(request, $"{answer}:{key}", cancellationToken);

        public Task<StreamingMessage> InvokeAsync(StreamingMessage request, CancellationToken cancellationToken) =>
            SendAsync(request, $"{StreamingMessage.ContentOneofCase.InvocationResponse}:{request.InvocationRequest.InvocationId}", cancellationToken);

        private async Task<StreamingMessage> SendAsync(StreamingMessage request, string key, CancellationToken cancellationToken)
        {
            var answer = new TaskCompletionSource<StreamingMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
            pending[key] = answer;
            await outgoing.Writer.WriteAsync(request, cancellationToken);
            return await answer.Task.WaitAsync(cancellationToken);
        }

        public async Task ServeAsync(IAsyncStreamReader<StreamingMessage> incoming, IServerStreamWriter<StreamingMessage> responses, CancellationToken cancellationToken)
        {
            if (!await incoming.MoveNext(cancellationToken) || incoming.Current.ContentCase != StreamingMessage.ContentOneofCase.StartStream)
            {
                throw new InvalidOperationException("The worker did not open the stream with StartStream.");
            }
            connected.TrySetResult(incoming.Current.StartStream.WorkerId);
            var writing = Task.Run(async () =>
            {
                await foreach (var message in outgoing.Reader.ReadAllAsync(cancellationToken))
                {
                    await responses.WriteAsync(message, cancellationToken);
                }
            }, cancellationToken);
            while (await incoming.MoveNext(cancellationToken))
            {
                Receive(incoming.Current);
            }
            await writing;
        }

        private void Receive(StreamingMessage message)
        {
            var key = message.ContentCase switch
            {
                StreamingMessage.ContentOneofCase.FunctionLoadResponse => $"{message.ContentCase}:{message.FunctionLoadResponse.FunctionId}",
                StreamingMessage.ContentOneofCase.InvocationResponse => $"{message.ContentCase}:{message.InvocationResponse.InvocationId}",
                StreamingMessage.ContentOneofCase.RpcLog => null,
                _ => $"{message.ContentCase}:",
            };
            if (message.ContentCase == StreamingMessage.ContentOneofCase.RpcLog)
            {
                var log = message.RpcLog;
                Record($"[{log.Level}] {log.Category}: {log.Message} {log.Exception?.Message}");
            }
            else if (key is not null && pending.TryRemove(key, out var answer))
            {
                answer.TrySetResult(message);
            }
        }
    }

    private sealed class EventStreamService(WorkerSession session) : FunctionRpc.FunctionRpcBase
    {
        public override Task EventStream(IAsyncStreamReader<StreamingMessage> requestStream, IServerStreamWriter<StreamingMessage> responseStream,
            ServerCallContext context) => session.ServeAsync(requestStream, responseStream, context.CancellationToken);
    }
}
