using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;

namespace Alchemist.Tests.Synthesis;

/// <summary>One request the fake server received: its path, JSON body and 1-based arrival number.</summary>
internal sealed record FakeCall(string Path, JsonObject Body, int Number)
{
    /// <summary>The text of the last user message (OpenAI string content or Anthropic text blocks).</summary>
    public string LastUser
    {
        get
        {
            var message = Body["messages"]!.AsArray().Last(m => (string?)m!["role"] == "user")!;
            return message["content"] switch
            {
                JsonValue value => (string)value!,
                JsonArray blocks => string.Concat(blocks.Select(b => (string?)b!["text"])),
                _ => "",
            };
        }
    }

    /// <summary>The text of every message, joined.</summary>
    public string AllText => Body.ToJsonString();

    /// <summary>The sampling temperature sent.</summary>
    public double Temperature => (double?)Body["temperature"] ?? -1;
}

/// <summary>What the fake server answers: a status, a body and headers; <paramref name="CutOff"/> sends the headers and
/// the first bytes of the body, then drops the connection (a body cut off after the headers).</summary>
internal sealed record FakeReply(int Status, string Body, IReadOnlyDictionary<string, string>? Headers = null, TimeSpan Delay = default, bool CutOff = false)
{
    /// <summary>An OpenAI chat completion holding <paramref name="text"/>.</summary>
    public static FakeReply OpenAi(string text, int promptTokens = 100, int completionTokens = 50) => new(200, new JsonObject
    {
        ["id"] = "chatcmpl-test",
        ["object"] = "chat.completion",
        ["created"] = 1_700_000_000,
        ["model"] = "gpt-4o-mini",
        ["choices"] = new JsonArray(new JsonObject
        {
            ["index"] = 0,
            ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = text },
            ["finish_reason"] = "stop",
        }),
        ["usage"] = new JsonObject { ["prompt_tokens"] = promptTokens, ["completion_tokens"] = completionTokens, ["total_tokens"] = promptTokens + completionTokens },
    }.ToJsonString());

    /// <summary>An Anthropic message holding <paramref name="text"/>.</summary>
    public static FakeReply Anthropic(string text, int inputTokens = 100, int outputTokens = 50) => new(200, new JsonObject
    {
        ["id"] = "msg_test",
        ["type"] = "message",
        ["role"] = "assistant",
        ["model"] = "claude-haiku-4-5",
        ["content"] = new JsonArray(new JsonObject { ["type"] = "text", ["text"] = text }),
        ["stop_reason"] = "end_turn",
        ["stop_sequence"] = null,
        ["usage"] = new JsonObject { ["input_tokens"] = inputTokens, ["output_tokens"] = outputTokens },
    }.ToJsonString());

    /// <summary>An error in the providers' shape, with optional Retry-After (seconds) and retry-after-ms headers.</summary>
    public static FakeReply Error(int status, string message, int? retryAfterMs = null) => new(status,
        new JsonObject { ["type"] = "error", ["error"] = new JsonObject { ["type"] = "api_error", ["message"] = message } }.ToJsonString(),
        retryAfterMs is { } ms ? new Dictionary<string, string> { ["retry-after-ms"] = ms.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Retry-After"] = "0" } : null);
}

/// <summary>
/// A real HTTP server on 127.0.0.1 speaking OpenAI chat completions (<c>/v1/chat/completions</c>) and Anthropic
/// messages (<c>/v1/messages</c>) as scripted by a handler; counts every request it receives.
/// </summary>
internal sealed class FakeLlmServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Func<FakeCall, FakeReply> _handler;
    private readonly Task _loop;
    private int _requests;

    public FakeLlmServer(Func<FakeCall, FakeReply> handler)
    {
        _handler = handler;
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _loop = Task.Run(LoopAsync);
    }

    public int Port { get; }

    /// <summary>The base URL an OpenAI client uses (requests go to BASE/chat/completions).</summary>
    public string OpenAiBaseUrl => $"http://127.0.0.1:{Port}/v1";

    /// <summary>The base URL an Anthropic client uses (requests go to BASE/v1/messages).</summary>
    public string AnthropicBaseUrl => $"http://127.0.0.1:{Port}";

    /// <summary>Requests received so far.</summary>
    public int Requests => Volatile.Read(ref _requests);

    /// <summary>Every request received, in arrival order.</summary>
    public ConcurrentQueue<FakeCall> Calls { get; } = new();

    /// <summary>Authorization-bearing headers seen (to check keys travel only there).</summary>
    public ConcurrentQueue<string> AuthHeaders { get; } = new();

    private async Task LoopAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException) { return; }
            _ = Task.Run(() => ServeAsync(context));
        }
    }

    private async Task ServeAsync(HttpListenerContext context)
    {
        try
        {
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = JsonNode.Parse(await reader.ReadToEndAsync()) as JsonObject ?? [];
            var call = new FakeCall(context.Request.Url!.AbsolutePath, body, Interlocked.Increment(ref _requests));
            Calls.Enqueue(call);
            AuthHeaders.Enqueue((context.Request.Headers["Authorization"] ?? "") + (context.Request.Headers["x-api-key"] ?? ""));
            var reply = _handler(call);
            if (reply.Delay > TimeSpan.Zero) await Task.Delay(reply.Delay);
            context.Response.StatusCode = reply.Status;
            context.Response.ContentType = "application/json";
            foreach (var (name, value) in reply.Headers ?? new Dictionary<string, string>()) context.Response.Headers[name] = value;
            var bytes = Encoding.UTF8.GetBytes(reply.Body);
            context.Response.ContentLength64 = bytes.Length;
            if (reply.CutOff)
            {
                await context.Response.OutputStream.WriteAsync(bytes.AsMemory(0, bytes.Length / 2));
                await context.Response.OutputStream.FlushAsync();
                context.Response.Abort();
                return;
            }
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or IOException)
        {
            // The client went away (a timeout under test): nothing to answer.
        }
    }

    public void Dispose()
    {
        _listener.Stop();
        try
        {
            _listener.Close();
        }
        catch (HttpListenerException)
        {
            // Linux's HttpListener can fail to unregister a prefix whose port another listener took meanwhile ("Address
            // already in use"); the listener is stopped either way.
        }
        try { _loop.Wait(TimeSpan.FromSeconds(5)); } catch (AggregateException) { }
    }
}
