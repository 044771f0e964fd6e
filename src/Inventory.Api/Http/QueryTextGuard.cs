using Inventory.Domain.Errors;
using Inventory.Domain.Limits;

namespace Inventory.Api.Http;

/// <summary>A query value PostgreSQL could not store or compare (one with a NUL character) is refused before any endpoint sees it.</summary>
public sealed class QueryTextGuard(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (context.Request.QueryString.HasValue)
        {
            var errors = new Dictionary<string, FieldError[]>();
            foreach (var (name, values) in context.Request.Query)
            {
                if (!InputLimits.IsStorable(name)) errors["query"] = [new(ErrorCodes.UnstorableText, $"a query parameter name {InputLimits.UnstorableMessage}")];
                else if (values.Any(v => v is not null && !InputLimits.IsStorable(v))) errors[name] = [new(ErrorCodes.UnstorableText, $"{name} {InputLimits.UnstorableMessage}")];
            }

            if (errors.Count > 0) throw new InvalidRequest(errors);
        }

        return next(context);
    }
}
