using Inventory.Api.Database;
using Npgsql;

namespace Inventory.Api.Cli;

/// <summary>
/// What the program was asked to do, told to PostgreSQL as the connections' application name: a command can see whether
/// a host runs against the same database (<see cref="HostsRunningAsync"/>), and an operator sees who is connected.
/// </summary>
public static class CommandLine
{
    public const string HostApplicationName = MartenSetup.HostApplicationName;

    /// <summary>The command asked for: <c>run</c> (the host) when the arguments start with none or with an option.</summary>
    public static string CommandOf(string[] args) => args.Length == 0 || args[0].StartsWith('-') ? "run" : args[0].ToLowerInvariant();

    public static string ApplicationNameOf(string[] args) =>
        CommandOf(args) == "run" ? HostApplicationName : $"relationship-inventory-{new string(CommandOf(args).Where(char.IsAsciiLetterOrDigit).Take(30).ToArray())}";

    public static bool IsHelp(string[] args) => args is ["help"] or ["?"] or ["--help"] or ["-h"];

    /// <summary>Connections of running hosts to this database, other than ours.</summary>
    public static async Task<int> HostsRunningAsync(NpgsqlDataSource dataSource, CancellationToken ct = default)
    {
        await using var command = dataSource.CreateCommand(
            "select count(*) from pg_stat_activity " +
            "where datname = current_database() and application_name = $1 and pid <> pg_backend_pid()");
        command.Parameters.Add(new NpgsqlParameter { Value = HostApplicationName });
        return Convert.ToInt32(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// <c>projections rebuild</c> while a host runs on the same database would rebuild under its feet: refused (exit code 1)
    /// unless <c>--force</c>, then warned. Answers the arguments to run (without <c>--force</c>), or null to stop.
    /// </summary>
    public static async Task<string[]?> GuardRebuildAsync(string[] args, IServiceProvider services)
    {
        if (args is not ["projections", ..] || !args.Contains("rebuild", StringComparer.OrdinalIgnoreCase)) return args;
        var force = args.Contains("--force", StringComparer.OrdinalIgnoreCase);
        var rest = args.Where(a => !string.Equals(a, "--force", StringComparison.OrdinalIgnoreCase)).ToArray();
        var running = await HostsRunningAsync(services.GetRequiredService<NpgsqlDataSource>());
        if (running == 0) return rest;
        if (!force)
        {
            await Console.Error.WriteLineAsync(ConsoleTexts.Current.Format("console.rebuild.refused", ("count", running), ("name", HostApplicationName)));
            return null;
        }

        await Console.Error.WriteLineAsync(ConsoleTexts.Current.Format("console.rebuild.forced", ("count", running)));
        return rest;
    }
}
