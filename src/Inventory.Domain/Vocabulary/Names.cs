using System.Collections.Frozen;

namespace Inventory.Domain.Vocabulary;

/// <summary>The canonical camelCase names of the vocabulary, as the API and the UI spell them.</summary>
public static class Names
{
    public static string Of<T>(T value) where T : struct, Enum => Cache<T>.ToName[value];

    public static bool TryParse<T>(string? name, out T value) where T : struct, Enum
    {
        value = default;
        return name is not null && Cache<T>.FromName.TryGetValue(name, out value);
    }

    public static IReadOnlyList<string> All<T>() where T : struct, Enum => Cache<T>.Ordered;

    public static string Camel(string pascal) => pascal.Length == 0 ? pascal : char.ToLowerInvariant(pascal[0]) + pascal[1..];

    private static class Cache<T> where T : struct, Enum
    {
        public static readonly IReadOnlyList<string> Ordered = Enum.GetValues<T>().Select(v => Camel(v.ToString())).ToArray();
        public static readonly FrozenDictionary<T, string> ToName = Enum.GetValues<T>().ToFrozenDictionary(v => v, v => Camel(v.ToString()));
        public static readonly FrozenDictionary<string, T> FromName = Enum.GetValues<T>().ToFrozenDictionary(v => Camel(v.ToString()), v => v, StringComparer.Ordinal);
    }
}
