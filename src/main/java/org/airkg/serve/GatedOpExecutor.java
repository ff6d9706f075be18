package org.airkg.serve;

import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.iterator.QueryIteratorWrapper;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.solver.OpExecutorTDB2;

/**
 * TDB2's query executor (plain ARQ on other datasets) whose every operator's solutions pass through the
 * {@link ExecutionGate}: each solution an operator asks of another calls {@link ExecutionGate.Ticket#check()}, so
 * a query waits for its turn where it works, and yields the cores when its slice is over, whatever its form (a join,
 * a sort or an aggregate reading its input, a CONSTRUCT's template, a path).
 *
 * <pre>{@code
 * Context context = new Context();
 * GatedOpExecutor.install(context, gate);   // queries run with this context pass through the gate
 * }</pre>
 */
final class GatedOpExecutor extends OpExecutorTDB2 {

    private final ExecutionGate.Ticket ticket;

    private GatedOpExecutor(ExecutionContext execCxt, ExecutionGate.Ticket ticket) {
        super(execCxt);
        this.ticket = ticket;
    }

    /** Makes the queries run with {@code context} on this thread's ticket of {@code gate} pass through it. */
    static void install(Context context, ExecutionGate gate) {
        QC.setFactory(context, execCxt -> {
            ExecutionGate.Ticket ticket = gate.current();
            return ticket == null ? new OpExecutorTDB2(execCxt) : new GatedOpExecutor(execCxt, ticket);
        });
    }

    @Override
    protected QueryIterator exec(Op op, QueryIterator input) {
        ticket.check();
        return new Checked(super.exec(op, input), ticket);
    }

    /** An operator's solutions, the ticket checked before each. */
    private static final class Checked extends QueryIteratorWrapper {
        private final ExecutionGate.Ticket ticket;

        Checked(QueryIterator solutions, ExecutionGate.Ticket ticket) {
            super(solutions);
            this.ticket = ticket;
        }

        @Override
        protected boolean hasNextBinding() {
            ticket.check();
            return super.hasNextBinding();
        }
    }
}
