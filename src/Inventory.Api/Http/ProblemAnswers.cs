using Inventory.Domain.Errors;
using Inventory.Domain.Portfolio;
using JasperFx.Events;
using ConcurrencyException = JasperFx.ConcurrencyException;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Inventory.Api.Http;

/// <summary>
/// What is wrong with one request field: a code of <see cref="ErrorCodes"/>, the English message, and the values the
/// code's text names besides the field (a limit, a range).
/// </summary>
public readonly record struct FieldError(string Code, string Message, IReadOnlyDictionary<string, string>? Args = null)
{
    public static FieldError Of(string code, string message, params (string Name, object? Value)[] args) =>
        new(code, message, args.Where(a => a.Value is not null).ToDictionary(a => a.Name, a => ErrorArgs.Write(a.Value!)));
}

/// <summary>A request that can't be read: each entry names a request field and what is wrong with it.</summary>
public sealed class InvalidRequest(IReadOnlyDictionary<string, FieldError[]> errors) : Exception("The request is invalid")
{
    public IReadOnlyDictionary<string, FieldError[]> Errors { get; } = errors;

    public InvalidRequest(string field, string code, string message) : this(new Dictionary<string, FieldError[]> { [field] = [new(code, message)] }) { }
}

/// <summary>A body of a media type the endpoint does not take (415).</summary>
public sealed class UnsupportedBody(string message) : Exception(message);

public sealed class NotFound(string what) : Exception($"{what} not found");

/// <summary>The segment moved on since the version the client named in If-Match.</summary>
public sealed class VersionMismatch(long expected, long actual) : Exception($"The segment is at version {actual}, not {expected}")
{
    public long Actual { get; } = actual;
}

/// <summary>Turns what a client can cause into problem details (RFC 9457); anything else is a bare 500 with no internals.</summary>
public sealed class ProblemAnswers(IProblemDetailsService problems, ILogger<ProblemAnswers> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
    {
        var problem = Describe(exception, context.Request.Headers.IfMatch.Count > 0);
        if (problem is null)
        {
            logger.LogError(exception, "Unhandled error on {Method} {Path}", context.Request.Method, context.Request.Path);
            problem = ProblemCodes.With(new ProblemDetails { Status = 500, Title = "Something went wrong on our side", Detail = "The error is logged with the correlation id." },
                ErrorCodes.InternalError);
        }

        problem.Extensions["correlationId"] = CorrelationMiddleware.Of(context);
        context.Response.StatusCode = problem.Status ?? 500;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = exception });
    }

    public static ProblemDetails? Describe(Exception exception, bool ifMatch = false) => exception switch
    {
        InvalidRequest e => ProblemCodes.Fields(new ValidationProblemDetails(e.Errors.ToDictionary(x => x.Key, x => x.Value.Select(f => f.Message).ToArray()))
        {
            Status = 400, Title = "The request is invalid",
        }, ErrorCodes.ValidationFailed, e.Errors.ToDictionary(x => x.Key, x => x.Value.Select(f => f.Code).ToArray()), FieldArgs(e)),
        RuleViolation e => ProblemCodes.With(ProblemCodes.Fields(new ValidationProblemDetails(new Dictionary<string, string[]> { [e.Field] = [e.Message] })
        {
            Status = 422, Title = "The change breaks a rule", Detail = e.Message,
        }, e.Code, new Dictionary<string, string[]> { [e.Field] = [e.Code] }), e.Code, e.Args),
        IDescribesProblem e => e.Problem(),
        UnknownRelationship e => ProblemCodes.With(new ProblemDetails { Status = 404, Title = "Relationship not found", Detail = e.Message },
            ErrorCodes.RelationshipNotFound, ErrorArgs.Of("relationshipId", ("relationshipId", e.RelationshipId))),
        NotFound e => ProblemCodes.With(new ProblemDetails { Status = 404, Title = "Not found", Detail = e.Message }, ErrorCodes.NotFound),
        UnsupportedBody e => ProblemCodes.With(new ProblemDetails { Status = 415, Title = "The body is not of a type this address takes", Detail = e.Message },
            ErrorCodes.UnsupportedMediaType),
        VersionMismatch e => ProblemCodes.With(new ProblemDetails
        {
            Status = 412, Title = "The segment changed since you read it",
            Detail = $"{e.Message}. Read it again and retry with If-Match: \"{e.Actual}\".",
        }, ErrorCodes.VersionMismatch),
        // With If-Match the client named the version it read: the segment moved on since.
        ConcurrencyException or EventStreamUnexpectedMaxEventIdException when ifMatch => ProblemCodes.With(new ProblemDetails
        {
            Status = 412, Title = "The segment changed since you read it", Detail = "Read it again and retry with its new ETag in If-Match.",
        }, ErrorCodes.VersionMismatch),
        ConcurrencyException or EventStreamUnexpectedMaxEventIdException or ExistingStreamIdCollisionException
            or Marten.Exceptions.ExistingStreamIdCollisionException or JasperFx.DocumentAlreadyExistsException => ProblemCodes.With(new ProblemDetails
        {
            Status = 409, Title = "A concurrent change won", Detail = "Another change was saved at the same moment; retry.",
        }, ErrorCodes.ConcurrentChange),
        // Counts and amounts are bounded, but a total over very many of them can still exceed what is counted exactly.
        OverflowException => ProblemCodes.With(new ProblemDetails
        {
            Status = 422, Title = "A total would be too large",
            Detail = "A sum of the figures involved exceeds what can be counted exactly; nothing was recorded.",
        }, ErrorCodes.TotalTooLarge),
        BadHttpRequestException e => new ProblemDetails { Status = e.StatusCode, Title = "The request can't be read", Detail = Clean(e.Message) },
        System.Text.Json.JsonException e => JsonProblem(e),
        _ => null,
    };

    /// <summary>The values the fields' texts name, together (a limit named by two fields is the same limit).</summary>
    private static Dictionary<string, string> FieldArgs(InvalidRequest e)
    {
        var args = new Dictionary<string, string>();
        foreach (var (name, value) in e.Errors.Values.SelectMany(f => f).SelectMany(f => f.Args ?? new Dictionary<string, string>())) args.TryAdd(name, value);
        return args;
    }

    private static ProblemDetails JsonProblem(System.Text.Json.JsonException e)
    {
        var field = JsonField(e.Path);
        var unstorable = e is UnstorableText;
        var message = unstorable ? $"'{field}' {Inventory.Domain.Limits.InputLimits.UnstorableMessage}" : "The value can't be read as the expected type";
        return ProblemCodes.Fields(new ValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message] })
        {
            Status = 400, Title = "The request body is not valid JSON for this command",
        }, ErrorCodes.InvalidJson, new Dictionary<string, string[]> { [field] = [unstorable ? ErrorCodes.UnstorableText : ErrorCodes.WrongType] });
    }

    public static string JsonField(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$") return "body";
        return path.StartsWith("$.") ? path[2..] : path.TrimStart('$');
    }

    private static string Clean(string message) => message.Length > 300 ? message[..300] : message;
}
