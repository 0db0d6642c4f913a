package com.example.things;

import jakarta.ws.rs.ext.Provider;

@Provider
public class ThingConflictMapper extends BaseMapper<ThingConflict> {
}
