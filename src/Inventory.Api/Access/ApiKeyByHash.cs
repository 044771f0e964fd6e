using System.Linq.Expressions;
using Marten.Linq;

namespace Inventory.Api.Access;

/// <summary>The key with this hash: asked on every request, so compiled once instead of parsed from LINQ each time.</summary>
public sealed class ApiKeyByHash : ICompiledQuery<ApiKey, ApiKey?>
{
    public string Hash { get; init; } = "";

    public Expression<Func<IMartenQueryable<ApiKey>, ApiKey?>> QueryIs() => q => q.FirstOrDefault(k => k.Hash == Hash);
}
