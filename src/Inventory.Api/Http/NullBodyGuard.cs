namespace Inventory.Api.Http;

/// <summary>
/// A JSON body of just <c>null</c> reads as no command at all; it is answered here with a 400 problem instead of
/// reaching an endpoint that expects an object.
/// </summary>
public sealed class NullBodyGuard(RequestDelegate next)
{
    private const int Peek = 64;

    public async Task InvokeAsync(HttpContext context)
    {
        if (HttpMethods.IsPost(context.Request.Method) && context.Request.ContentType?.Contains("json", StringComparison.OrdinalIgnoreCase) == true
            && context.Request.ContentLength is null or <= Peek)
        {
            context.Request.EnableBuffering();
            var buffer = new byte[Peek + 1];
            var read = 0;
            int n;
            while (read < buffer.Length && (n = await context.Request.Body.ReadAsync(buffer.AsMemory(read), context.RequestAborted)) > 0) read += n;
            context.Request.Body.Position = 0;
            if (read <= Peek && System.Text.Encoding.UTF8.GetString(buffer, 0, read).Trim() == "null")
                throw new InvalidRequest("body", Inventory.Domain.Errors.ErrorCodes.NotAnObject, "The body must be a JSON object");
        }

        await next(context);
    }
}
