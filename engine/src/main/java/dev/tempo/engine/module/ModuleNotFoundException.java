package dev.tempo.engine.module;

/** A specifier that resolves to nothing: "Cannot find module 'x' from '/dir/file.ts'". */
public final class ModuleNotFoundException extends RuntimeException {
    public ModuleNotFoundException(String message) {
        super(message);
    }
}
