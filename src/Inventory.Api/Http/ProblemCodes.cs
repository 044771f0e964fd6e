using Inventory.Domain.Errors;
using Microsoft.AspNetCore.Mvc;

namespace Inventory.Api.Http;

/// <summary>
/// Puts the machine code (<see cref="ErrorCodes"/>) on a problem document: <c>code</c> for the problem, <c>args</c> for
/// the values its text names, and beside a validation problem's <c>errors</c> an <c>errorCodes</c> of the same shape.
/// Every problem gets a code: one its source did not set is named from the status (<see cref="Complete"/>).
/// </summary>
public static class ProblemCodes
{
    public const string Code = "code";
    public const string Args = "args";
    public const string FieldCodes = "errorCodes";

    public static T With<T>(T problem, string code, IReadOnlyDictionary<string, string>? args = null) where T : ProblemDetails
    {
        problem.Extensions[Code] = code;
        if (args is { Count: > 0 }) problem.Extensions[Args] = args;
        return problem;
    }

    /// <summary>A problem of field errors: its code and each field's codes, in the order of its messages in <c>errors</c>.</summary>
    public static T Fields<T>(T problem, string code, IReadOnlyDictionary<string, string[]> fieldCodes, IReadOnlyDictionary<string, string>? args = null)
        where T : ProblemDetails
    {
        problem.Extensions[FieldCodes] = fieldCodes;
        return With(problem, code, args);
    }

    /// <summary>The extensions of a problem written with <c>Results.Problem</c>.</summary>
    public static Dictionary<string, object?> Extensions(string code) => new() { [Code] = code };

    /// <summary>Names a problem that came without a code (from routing, Wolverine, the framework) by its status.</summary>
    public static void Complete(ProblemDetails problem)
    {
        if (!problem.Extensions.TryGetValue(Code, out var set) || set is not string code)
            problem.Extensions[Code] = code = ByStatus(problem.Status);
        if (problem.Extensions.ContainsKey(FieldCodes)) return;
        var fields = problem is ValidationProblemDetails validation ? validation.Errors.Keys
            : problem.Extensions.TryGetValue("errors", out var errors) && errors is IDictionary<string, string[]> named ? named.Keys
            : null;
        if (fields is { Count: > 0 }) problem.Extensions[FieldCodes] = fields.ToDictionary(f => f, _ => new[] { code });
    }

    public static string ByStatus(int? status) => status switch
    {
        400 => ErrorCodes.ValidationFailed,
        401 => ErrorCodes.Unauthenticated,
        403 => ErrorCodes.Forbidden,
        404 => ErrorCodes.NotFound,
        405 => ErrorCodes.MethodNotAllowed,
        406 => ErrorCodes.NotAcceptable,
        409 => ErrorCodes.ConcurrentChange,
        412 => ErrorCodes.VersionMismatch,
        413 => ErrorCodes.PayloadTooLarge,
        415 => ErrorCodes.UnsupportedMediaType,
        429 => ErrorCodes.TooManyRequests,
        >= 500 => ErrorCodes.InternalError,
        _ => ErrorCodes.RequestRefused,
    };
}
