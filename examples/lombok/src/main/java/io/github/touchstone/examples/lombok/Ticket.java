package io.github.touchstone.examples.lombok;

import lombok.Getter;
import lombok.Setter;

/** A subclass of {@link Audited}: its timestamps and their helpers come from the base class. */
@Getter
@Setter
public class Ticket extends Audited {

    private String title;
}
