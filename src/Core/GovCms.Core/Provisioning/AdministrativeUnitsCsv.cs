using System.Text;

namespace GovCms.Provisioning;

/// <summary>A row of the administrative units CSV; <see cref="Line"/> is its line in the file (the header is line 1).</summary>
public sealed record AdministrativeUnit(int Line, string Level, string Code, string Name, string Type, string ParentCode);

/// <summary>A line of the CSV that could not be read, and why.</summary>
public sealed record CsvLineError(int Line, string Code, string Name, string Message);

/// <summary>
/// Reads the format of shared/data/vn-admin-units.csv (GSO list): "level,code,name,type,parent_code",
/// UTF-8, fields optionally in double quotes.
/// </summary>
public static class AdministrativeUnitsCsv
{
    public static readonly string[] Columns = ["level", "code", "name", "type", "parent_code"];

    public static (List<AdministrativeUnit> Units, List<CsvLineError> Errors) Read(TextReader reader)
    {
        var units = new List<AdministrativeUnit>();
        var errors = new List<CsvLineError>();
        var header = reader.ReadLine();
        if (header is null || !Split(header.TrimStart('\uFEFF')).Select(c => c.Trim().ToLowerInvariant()).SequenceEqual(Columns))
        {
            errors.Add(new CsvLineError(1, "", "", $"dòng đầu phải là tiêu đề \"{string.Join(",", Columns)}\"."));
            return (units, errors);
        }

        var firstLineOfCode = new Dictionary<string, int>();
        var number = 1;
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            number++;
            if (line.Trim().Length == 0)
            {
                continue;
            }

            var fields = Split(line).Select(f => f.Trim().Normalize()).ToList();
            var code = fields.ElementAtOrDefault(1) ?? "";
            var name = fields.ElementAtOrDefault(2) ?? "";
            var problem = fields.Count != Columns.Length ? $"cần {Columns.Length} cột ({string.Join(",", Columns)}), dòng có {fields.Count}."
                : fields[0].Length == 0 ? "thiếu cấp (level)."
                : code.Length == 0 ? "thiếu mã đơn vị (code)."
                : name.Length == 0 ? "thiếu tên đơn vị (name)."
                : firstLineOfCode.TryGetValue(code, out var first) ? $"mã {code} đã có ở dòng {first}."
                : null;
            if (problem is not null)
            {
                errors.Add(new CsvLineError(number, code, name, problem));
                continue;
            }

            firstLineOfCode[code] = number;
            units.Add(new AdministrativeUnit(number, fields[0].ToLowerInvariant(), code, name, fields[3], fields[4]));
        }

        return (units, errors);
    }

    /// <summary>Splits one CSV line; a field in double quotes may hold commas and doubled quotes.</summary>
    private static List<string> Split(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                field.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields;
    }
}
