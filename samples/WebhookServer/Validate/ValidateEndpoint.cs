using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using MetalLb.Validation.Admission;
using Microsoft.AspNetCore.Http.Features;

namespace WebhookServer.Validate;

/// <summary>
/// <c>POST /validate</c>: reads the review within the body limit and the caller's deadline, waits for a validation slot
/// only as long as the deadline allows, and cancels the validation when the caller leaves or the deadline passes.
/// Every outcome is an AdmissionReview with HTTP 200 (the API server reads <c>status.code</c>); a body over the limit
/// is answered and then its HTTP/2 stream reset, so the client stops uploading.
/// </summary>
internal sealed partial class ValidateEndpoint(AdmissionHandler handler, ValidationGate gate, WebhookSettings settings, ILogger<ValidateEndpoint> logger)
{
    private const int Http2NoError = 0;

    public async Task HandleAsync(HttpContext context)
    {
        var budget = RequestDeadline.Budget(context.Request.Query["timeout"], settings.Timeout);
        var started = Stopwatch.GetTimestamp();
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        deadline.CancelAfter(budget);

        byte[] body;
        int length;
        try
        {
            (body, length) = await ReadBodyAsync(context.Request, deadline.Token).ConfigureAwait(false);
        }
        catch (BodyTooLargeException)
        {
            TooLarge(logger, context.Request.Protocol);
            await AnswerAndStopUploadAsync(context, Refusal(string.Empty, 413, "RequestEntityTooLarge", string.Create(CultureInfo.InvariantCulture, $"the AdmissionReview is larger than {AdmissionHandler.MaxReviewBytes / (1024 * 1024)} MiB"))).ConfigureAwait(false);
            return;
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException)
        {
            if (context.RequestAborted.IsCancellationRequested)
            {
                return;
            }

            var reason = ex is OperationCanceledException ? string.Create(CultureInfo.InvariantCulture, $"the request body did not arrive within {budget.TotalSeconds:0.#} s") : $"the request body could not be read: {ex.Message}";
            await AnswerAndStopUploadAsync(context, Refusal(string.Empty, 400, "BadRequest", reason)).ConfigureAwait(false);
            return;
        }

        var validating = false;
        try
        {
            var remaining = budget - Stopwatch.GetElapsedTime(started);
            using var lease = await gate.EnterAsync(remaining, deadline.Token).ConfigureAwait(false);
            if (lease is null)
            {
                await RefuseBusyAsync(context, body.AsSpan(0, length).ToArray(), budget).ConfigureAwait(false);
                return;
            }

            validating = true;
            var review = await ValidateOffThePoolAsync(body, length, deadline.Token).ConfigureAwait(false);
            await AnswerAsync(context, review).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            if (context.RequestAborted.IsCancellationRequested)
            {
                Abandoned(logger);
            }
            else if (!validating)
            {
                await RefuseBusyAsync(context, body.AsSpan(0, length).ToArray(), budget).ConfigureAwait(false);
            }
            else
            {
                TimedOut(logger, budget.TotalSeconds);
                await AnswerAsync(context, Refusal(ReviewUid.Find(body.AsSpan(0, length)), 504, "Timeout", string.Create(CultureInfo.InvariantCulture, $"metallb-validate could not finish validating within the {budget.TotalSeconds:0.#} s this request has; retry"))).ConfigureAwait(false);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(body);
        }
    }

    /// <summary>
    /// Validation is synchronous CPU work; on a thread of its own it leaves the thread pool to Kestrel, TLS handshakes
    /// and <c>/healthz</c> (with every pool thread validating, they waited for the pool to grow: seconds under load).
    /// </summary>
    private Task<AdmissionReview> ValidateOffThePoolAsync(byte[] body, int length, CancellationToken cancellationToken) =>
        Task.Factory.StartNew(
            () => handler.HandleAsync(body.AsMemory(0, length), cancellationToken).GetAwaiter().GetResult(),
            cancellationToken,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);

    private async Task RefuseBusyAsync(HttpContext context, byte[] body, TimeSpan budget)
    {
        Busy(logger, gate.Waiting, gate.Slots);
        var message = string.Create(CultureInfo.InvariantCulture, $"metallb-validate is busy ({gate.Waiting} requests waiting for {gate.Slots} validation slots, about {gate.Typical.TotalMilliseconds:0} ms each) and could not start validating this request within the {budget.TotalSeconds:0.#} s it has; retry");
        await AnswerAsync(context, Refusal(ReviewUid.Find(body), 429, "TooManyRequests", message)).ConfigureAwait(false);
    }

    private static async Task<(byte[] Body, int Length)> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > AdmissionHandler.MaxReviewBytes)
        {
            throw new BodyTooLargeException();
        }

        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Clamp(request.ContentLength ?? 16 * 1024, 1024, AdmissionHandler.MaxReviewBytes + 1));
        var length = 0;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    if (buffer.Length > AdmissionHandler.MaxReviewBytes)
                    {
                        throw new BodyTooLargeException();
                    }

                    var larger = ArrayPool<byte>.Shared.Rent(Math.Min(buffer.Length * 2, AdmissionHandler.MaxReviewBytes + 1));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var read = await request.Body.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }

                length += read;
                if (length > AdmissionHandler.MaxReviewBytes)
                {
                    throw new BodyTooLargeException();
                }
            }
        }
        catch (Exception ex)
        {
            ArrayPool<byte>.Shared.Return(buffer);
            // Kestrel's own limit (MaxRequestBodySize) ends the read with a BadHttpRequestException (413).
            throw ex is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } ? new BodyTooLargeException() : ex;
        }

        return (buffer, length);
    }

    private static async Task AnswerAsync(HttpContext context, AdmissionReview review)
    {
        if (context.RequestAborted.IsCancellationRequested)
        {
            return;
        }

        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "application/json";
        try
        {
            await context.Response.WriteAsync(AdmissionHandler.Serialize(review), context.RequestAborted).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The caller left while the answer was written; nobody reads it.
        }
    }

    /// <summary>
    /// Answers a request whose body will not be read to the end: over HTTP/2 the stream is then reset with NO_ERROR,
    /// which tells the client to stop sending (otherwise it stalls at the stream's flow-control window and holds the
    /// connection); over HTTP/1.1 the connection is closed after the answer.
    /// </summary>
    private static async Task AnswerAndStopUploadAsync(HttpContext context, AdmissionReview review)
    {
        var reset = context.Features.Get<IHttpResetFeature>();
        if (reset is null && !context.RequestAborted.IsCancellationRequested)
        {
            context.Response.Headers.Connection = "close";
        }

        await AnswerAsync(context, review).ConfigureAwait(false);
        if (reset is not null && !context.RequestAborted.IsCancellationRequested)
        {
            await context.Response.CompleteAsync().ConfigureAwait(false);
            reset.Reset(Http2NoError);
        }
    }

    private static AdmissionReview Refusal(string uid, int code, string reason, string message) =>
        new() { Response = new AdmissionResponse { Uid = uid, Allowed = false, Status = new AdmissionStatus { Code = code, Reason = reason, Message = message } } };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a request body over the limit ({Protocol})")]
    private static partial void TooLarge(ILogger logger, string protocol);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Busy: refused a request that could not start in time ({Waiting} waiting, {Slots} slots)")]
    private static partial void Busy(ILogger logger, int waiting, int slots);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A validation did not finish within {Seconds} s and was cancelled")]
    private static partial void TimedOut(ILogger logger, double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "The caller left before the answer; its validation was cancelled")]
    private static partial void Abandoned(ILogger logger);

    private sealed class BodyTooLargeException : Exception;
}
