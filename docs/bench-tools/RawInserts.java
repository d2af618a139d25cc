// Raw JDBC single-row autocommit inserts on one connection, for the ratios in docs/benchmarks.md.
// java -cp ~/.m2/repository/com/mysql/mysql-connector-j/9.7.0/mysql-connector-j-9.7.0.jar docs/bench-tools/RawInserts.java 3307 cocreate
import java.sql.*;
public class RawInserts {
    public static void main(String[] a) throws Exception {
        int n = 2000;
        try (Connection c = DriverManager.getConnection("jdbc:mysql://127.0.0.1:" + a[0] + "/" + a[1] + "?sslMode=DISABLED", "root", "");
             Statement s = c.createStatement()) {
            s.execute("create table if not exists bench_insert (id bigint auto_increment primary key, note varchar(100) not null, at datetime(6) not null) engine=InnoDB");
            try (PreparedStatement insert = c.prepareStatement("insert into bench_insert (note, at) values (?, ?)")) {
                long start = System.nanoTime();
                for (int i = 0; i < n; i++) { insert.setString(1, "row " + i); insert.setObject(2, java.time.LocalDateTime.now()); insert.executeUpdate(); }
                double sec = (System.nanoTime() - start) / 1e9;
                s.execute("drop table bench_insert");
                System.out.printf("raw inserts/s %.0f%n", n / sec);
            }
        }
    }
}
