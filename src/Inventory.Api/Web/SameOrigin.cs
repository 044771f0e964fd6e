namespace Inventory.Api.Web;

/// <summary>
/// Refuses a form post another site's page made (login CSRF): browsers say where a post comes from in <c>Origin</c>
/// (or at least <c>Referer</c>); when either names another origin than this host's, the post is refused. A client
/// that sends neither (curl, scripts) is not a browser acting for someone else, so it passes.
/// </summary>
public static class SameOrigin
{
    public static bool Refuses(HttpRequest request)
    {
        var origin = request.Headers.Origin.ToString();
        if (origin.Length > 0) return !Matches(request, origin);
        var referer = request.Headers.Referer.ToString();
        return referer.Length > 0 && !Matches(request, referer);
    }

    private static bool Matches(HttpRequest request, string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && string.Equals(uri.Scheme, request.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);

    public static IResult Refusal() => Results.Problem(statusCode: 403, title: "Cross-site sign-in refused",
        detail: "The form was posted from another site's page (its Origin or Referer is not this host); sign in from this site's own page.");
}
